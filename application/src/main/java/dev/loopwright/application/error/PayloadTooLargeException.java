package dev.loopwright.application.error;

/** A stored payload would exceed its size limit. */
public final class PayloadTooLargeException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
