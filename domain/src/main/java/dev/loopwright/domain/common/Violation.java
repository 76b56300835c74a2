package dev.loopwright.domain.common;

import java.util.Objects;

/** One broken rule of an input value, named by the field a user would recognise. */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
