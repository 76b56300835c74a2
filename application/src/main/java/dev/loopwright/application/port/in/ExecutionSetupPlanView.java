package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The execution setup plan at its gate: the canonical JSON ({@code raw}) and its hash, which an approval must name.
 *
 * @param drafting whether the planner is writing a (new) plan now; it arrives on the live stream
 */
public record ExecutionSetupPlanView(boolean exists, boolean drafting, Optional<Long> artifactId,
        Optional<Instant> updatedAt, Optional<String> raw, Optional<ContentHash> contentSha256) {
    public ExecutionSetupPlanView {
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(contentSha256, "contentSha256");
    }
}
