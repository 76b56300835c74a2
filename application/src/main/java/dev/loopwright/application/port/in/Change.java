package dev.loopwright.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a partial update: leave it, set it, or clear it. Needed because "absent" and "null" mean
 * different things in a PATCH body.
 */
public sealed interface Change<T> permits Change.Keep, Change.Set, Change.Clear {

    record Keep<T>() implements Change<T> {
    }

    record Set<T>(T value) implements Change<T> {
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }

    record Clear<T>() implements Change<T> {
    }

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    /** The field's value after the change. */
    default Optional<T> applyTo(Optional<T> current) {
        if (this instanceof Set) {
            return Optional.of(((Set<T>) this).value());
        }
        if (this instanceof Clear) {
            return Optional.empty();
        }
        return current;
    }
}
