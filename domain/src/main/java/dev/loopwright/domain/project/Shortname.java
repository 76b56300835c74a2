package dev.loopwright.domain.project;

import dev.loopwright.domain.common.Violations;
import java.util.regex.Pattern;

/** The project prefix of every ticket reference, e.g. {@code AUTH} in {@code AUTH-12}. */
public record Shortname(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,5}");

    public Shortname {
        Violations violations = new Violations();
        if (violations.required("shortname", value)) {
            violations.matches("shortname", value, FORMAT, "3 to 5 uppercase letters or digits");
        }
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return value;
    }
}
