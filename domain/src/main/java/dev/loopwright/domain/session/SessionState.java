package dev.loopwright.domain.session;

/** The life of a model-runtime session we own. */
public enum SessionState {
    /** In use, or preserved so that Continue can resume it after a provider interruption. */
    ACTIVE,
    /** Its work finished and was accepted. */
    COMPLETED,
    /** Given up: failed, timed out, or superseded by a fresh session. */
    ABANDONED
}
