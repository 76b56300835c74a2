package dev.loopwright.application.error;

/** The root of every failure a use case reports; unchecked so callers in lambdas and streams stay simple. */
public abstract class LoopwrightException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected LoopwrightException(String message) {
        super(message);
    }

    protected LoopwrightException(String message, Throwable cause) {
        super(message, cause);
    }
}
