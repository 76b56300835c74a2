package dev.loopwright.domain.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects violations while a value is checked, so a user sees every problem at once.
 * Messages name the field and say the rule in words.
 */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Violation(field, message));
        return this;
    }

    public Violations addAll(Collection<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /** A required value; returns whether it was present so callers can skip further checks. */
    public boolean required(String field, Object value) {
        if (value == null) {
            add(field, field + " is required");
            return false;
        }
        return true;
    }

    public Violations length(String field, String value, int min, int max) {
        if (value == null) {
            return this;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            add(field, min == 0
                    ? field + " must be at most " + max + " characters"
                    : field + " must be between " + min + " and " + max + " characters");
        }
        return this;
    }

    /** Whitespace-only text; empty text is left to the length rule, so it is reported once. */
    public Violations notBlank(String field, String value) {
        if (value != null && !value.isEmpty() && value.isBlank()) {
            add(field, field + " must not be blank");
        }
        return this;
    }

    /** An inclusive range; {@code unit} is the plural word after the bounds, or empty. */
    public Violations range(String field, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            String suffix = unit.isEmpty() ? "" : " " + unit;
            add(field, field + " must be between " + min + " and " + max + suffix);
        }
        return this;
    }

    public Violations matches(String field, String value, Pattern pattern, String ruleInWords) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, field + " must be " + ruleInWords);
        }
        return this;
    }

    /**
     * Builds a value, recording its violations instead of throwing, so several values can be checked
     * before the caller gives up. Returns null when the value was invalid.
     */
    public <T> T capture(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ValidationException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
