package dev.loopwright.application.port.out.github;

/** The pull-request host could not be reached, or refused: the message says what the host answered. */
public final class PullRequestHostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** @param status the HTTP status, or 0 when no answer came */
    public PullRequestHostException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PullRequestHostException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}
