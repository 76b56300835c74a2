package dev.loopwright.application.error;

/** A second start of the same ticket while the first is still preparing it. */
public final class StartInProgressException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public StartInProgressException(String message) {
        super(message);
    }
}
