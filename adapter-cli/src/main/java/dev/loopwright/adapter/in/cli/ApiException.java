package dev.loopwright.adapter.in.cli;

/** The server refused a request (its {@code error} text), or could not be reached (status 0). */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
