package dev.loopwright.application.port.out.runtime;

/** Which tools a prompt may use: planning never edits files, coding may. */
public enum ToolPolicy {
    /** Text in, text out. */
    NONE,
    /** May read and search the repository. */
    READ_ONLY,
    /** May edit files and run commands in the working copy. */
    CODING
}
