package dev.loopwright.application.council;

import java.util.List;
import java.util.Objects;

/** What reading a model's output gave: a value with the repairs it needed, or the reason it cannot be used. */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

    record Valid<T>(T value, List<String> warnings) implements Validated<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param resend true when the model should simply be asked again (nothing came back, or it echoed the prompt),
     *     false when it should be told what was wrong
     */
    record Invalid<T>(String error, boolean resend) implements Validated<T> {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }

    static <T> Validated<T> valid(T value, List<String> warnings) {
        return new Valid<>(value, warnings);
    }

    static <T> Validated<T> invalid(String error) {
        return new Invalid<>(error, false);
    }
}
