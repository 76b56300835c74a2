package dev.loopwright.application.preflight;

import java.util.Locale;

/** How one pre-flight check came out: only a failure stops the ticket; a warning is shown and kept. */
public enum CheckResult {
    PASS("✓"),
    WARNING("⚠"),
    FAIL("✗");

    private final String mark;

    CheckResult(String mark) {
        this.mark = mark;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The symbol a log line starts with. */
    public String mark() {
        return mark;
    }
}
