package dev.loopwright.domain.ticket;

import dev.loopwright.domain.common.Violations;
import java.util.regex.Pattern;

/** The name under which a client keeps one piece of screen state, e.g. {@code interview-drafts}. */
public record UiStateScope(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-zA-Z0-9:_-]{1,80}");

    public UiStateScope {
        Violations violations = new Violations();
        if (violations.required("scope", value)) {
            violations.matches("scope", value, FORMAT, "1 to 80 letters, digits or : _ -");
        }
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return value;
    }
}
