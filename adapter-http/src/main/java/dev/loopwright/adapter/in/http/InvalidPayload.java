package dev.loopwright.adapter.in.http;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import java.util.List;
import java.util.function.Supplier;

/**
 * A request body refused under the route's own title (e.g. "Invalid answers payload"), with every wrong field as
 * details. Answered as 400.
 */
final class InvalidPayload extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    InvalidPayload(String title, List<Violation> violations) {
        super(title, null, false, false);
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }

    /** Reads a body; whatever validation fails while reading is reported under {@code title}. */
    static <T> T read(String title, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (ValidationException invalid) {
            throw new InvalidPayload(title, invalid.violations());
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            throw new InvalidPayload(title, List.of(new Violation("body", problem.getMessage())));
        }
    }
}
