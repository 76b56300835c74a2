package dev.loopwright.application.error;


/**
 * Every attempt the generator had gave no valid ticket. The message is the API's fixed wording; {@link #detail()}
 * says what went wrong last, for the log.
 */
public final class TicketGenerationException extends LoopwrightException {
    private static final long serialVersionUID = 1L;
    public static final String MESSAGE = "AI generation failed";

    private final String detail;
    private final int attempts;

    public TicketGenerationException(String detail, int attempts) {
        super(MESSAGE);
        this.detail = detail;
        this.attempts = attempts;
    }

    public String detail() {
        return detail;
    }

    public int attempts() {
        return attempts;
    }
}
