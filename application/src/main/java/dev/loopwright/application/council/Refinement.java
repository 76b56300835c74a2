package dev.loopwright.application.council;

import java.util.List;
import java.util.Objects;

/**
 * The refine step's result: the winner's refined artifact, our canonical text of it, and every change accounted.
 *
 * @param warnings repairs and attribution problems found while reading the refiner's output
 */
public record Refinement<T>(String winner, T artifact, String canonical, List<Change> changes, List<String> warnings) {
    public Refinement {
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(canonical, "canonical");
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }
}
