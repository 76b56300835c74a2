package dev.loopwright.application.port.in;

import java.util.Objects;

/**
 * What a bead's commit changed, as a unified diff; {@code captured} is false (and the diff empty) until the bead
 * was committed.
 */
public record BeadDiff(String diff, boolean captured) {
    public BeadDiff {
        Objects.requireNonNull(diff, "diff");
    }
}
