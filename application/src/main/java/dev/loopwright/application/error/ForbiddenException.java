package dev.loopwright.application.error;

/**
 * The caller is known but may not do this: a viewer writing, a plan without developer-API access, a quota used
 * up. Nothing was changed.
 */
public final class ForbiddenException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
