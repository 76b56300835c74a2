package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.bead.BeadPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's bead plan as the gate shows it: the canonical JSON Lines text, its SHA-256 (what an approval must
 * name), and the plan itself. Empty when no plan is written yet; the hash is then that of the empty text.
 */
public record BeadsView(Optional<String> raw, ContentHash contentSha256, Optional<BeadPlan> plan) {
    public BeadsView {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(plan, "plan");
    }
}
