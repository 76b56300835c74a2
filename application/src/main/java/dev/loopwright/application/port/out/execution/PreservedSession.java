package dev.loopwright.application.port.out.execution;

import java.util.Objects;

/**
 * The model session of a bead iteration that stopped at a provider limit: kept, with the bead in progress, so that
 * Continue can resume it with a continuation prompt instead of starting the iteration over.
 */
public record PreservedSession(String beadId, int iteration, String sessionId) {
    public PreservedSession {
        Objects.requireNonNull(beadId, "beadId");
        Objects.requireNonNull(sessionId, "sessionId");
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be at least 1, got " + iteration);
        }
    }
}
