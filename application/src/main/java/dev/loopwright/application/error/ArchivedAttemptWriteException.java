package dev.loopwright.application.error;

/** An artifact was written into a phase attempt that is archived, and archived attempts are read-only. */
public final class ArchivedAttemptWriteException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public ArchivedAttemptWriteException(String message) {
        super(message);
    }
}
