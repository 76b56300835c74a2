package dev.loopwright.application.port.out.execution;

import java.time.Instant;
import java.util.Objects;

/**
 * The durable "the model finished bead {@code beadId} in {@code iteration} and our own test run passed" record,
 * stored before the bead's commit. Valid only while the bead still is at that iteration and start commit: then a
 * restart commits the bead without asking the model again.
 */
public record SuccessCheckpoint(String beadId, int iteration, String startCommit, Instant succeededAt) {
    public SuccessCheckpoint {
        Objects.requireNonNull(beadId, "beadId");
        Objects.requireNonNull(startCommit, "startCommit");
        Objects.requireNonNull(succeededAt, "succeededAt");
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be at least 1, got " + iteration);
        }
    }
}
