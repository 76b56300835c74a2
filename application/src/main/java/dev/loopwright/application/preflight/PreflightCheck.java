package dev.loopwright.application.preflight;

import java.util.Objects;

/** One finding of pre-flight: which check, what it looks at, how it came out and why, in a sentence. */
public record PreflightCheck(String name, CheckCategory category, CheckResult result, String message) {
    public PreflightCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(message, "message");
    }

    public static PreflightCheck pass(String name, CheckCategory category, String message) {
        return new PreflightCheck(name, category, CheckResult.PASS, message);
    }

    public static PreflightCheck fail(String name, CheckCategory category, String message) {
        return new PreflightCheck(name, category, CheckResult.FAIL, message);
    }

    public static PreflightCheck warning(String name, CheckCategory category, String message) {
        return new PreflightCheck(name, category, CheckResult.WARNING, message);
    }

    public boolean failed() {
        return result == CheckResult.FAIL;
    }

    /** {@code ✗ Name: message}, the line the ticket's log and diagnostics show. */
    public String line() {
        return result.mark() + " " + name + ": " + message;
    }
}
