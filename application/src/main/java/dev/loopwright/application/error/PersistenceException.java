package dev.loopwright.application.error;

/** Storage failed for a reason the caller cannot fix (disk, database, corruption). */
public final class PersistenceException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
