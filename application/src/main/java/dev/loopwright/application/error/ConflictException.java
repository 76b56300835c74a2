package dev.loopwright.application.error;

/** The request is well-formed but clashes with the current state (a duplicate, a wrong status, a stale revision). */
public final class ConflictException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
