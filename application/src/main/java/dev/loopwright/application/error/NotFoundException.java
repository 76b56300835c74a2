package dev.loopwright.application.error;

/** The thing a caller named does not exist. */
public final class NotFoundException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException project(Object id) {
        return new NotFoundException("Project not found: " + id);
    }

    public static NotFoundException ticket(Object reference) {
        return new NotFoundException("Ticket not found: " + reference);
    }
}
