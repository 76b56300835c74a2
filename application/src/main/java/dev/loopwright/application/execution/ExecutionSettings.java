package dev.loopwright.application.execution;

import dev.loopwright.domain.profile.ModelId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How beads are run: the locked model and structured retry count, and the live budgets (project → profile →
 * default).
 *
 * @param maxIterations attempts per bead before the ticket blocks; 0 means unlimited
 * @param perIterationTimeout how long one iteration (model and our test run) may take; zero means no limit
 * @param maxParallelBeads how many independent beads may run at once; 1 runs them one after another
 */
public record ExecutionSettings(ModelId model, Optional<String> variant, int structuredRetryCount, int maxIterations,
        Duration perIterationTimeout, int maxParallelBeads) {
    /** What a prompt is given when the iteration has no deadline: the runtime needs some bound. */
    static final Duration UNBOUNDED = Duration.ofHours(24);

    public ExecutionSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(perIterationTimeout, "perIterationTimeout");
        if (structuredRetryCount < 0 || maxIterations < 0 || perIterationTimeout.isNegative()
                || maxParallelBeads < 1) {
            throw new IllegalArgumentException("execution settings out of range");
        }
    }

    /** Whether the bead may start an iteration numbered {@code iteration} after starting at {@code first}. */
    boolean allows(int first, int iteration) {
        return maxIterations == 0 || iteration - first < maxIterations;
    }

}
