package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.ValidationException;

/** Length and presence checks for the intake's text fields; a failure names the field as the API spells it. */
final class Texts {
    private Texts() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, field + " is required");
        }
        return limited(field, value, max);
    }

    static String limited(String field, String value, int max) {
        if (value == null) {
            throw ValidationException.of(field, field + " is required");
        }
        if (value.length() > max) {
            throw ValidationException.of(field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
