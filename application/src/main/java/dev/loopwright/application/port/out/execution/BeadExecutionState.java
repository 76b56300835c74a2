package dev.loopwright.application.port.out.execution;

import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's beads as they are being coded, with the success checkpoints not yet committed (by bead id) and the
 * session preserved for Continue, if any. Immutable: every change makes a new state.
 */
public record BeadExecutionState(BeadPlan plan, Map<String, SuccessCheckpoint> checkpoints,
        Optional<PreservedSession> preserved) {
    public BeadExecutionState {
        Objects.requireNonNull(plan, "plan");
        checkpoints = Map.copyOf(checkpoints);
        Objects.requireNonNull(preserved, "preserved");
        for (Map.Entry<String, SuccessCheckpoint> entry : checkpoints.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().beadId()) || plan.bead(entry.getKey()).isEmpty()) {
                throw new IllegalArgumentException("checkpoint for unknown bead " + entry.getKey());
            }
        }
    }

    public static BeadExecutionState seeded(BeadPlan plan) {
        return new BeadExecutionState(plan, Map.of(), Optional.empty());
    }

    public Bead bead(String beadId) {
        return plan.bead(beadId).orElseThrow(() -> new IllegalArgumentException("unknown bead " + beadId));
    }

    public Optional<SuccessCheckpoint> checkpoint(String beadId) {
        return Optional.ofNullable(checkpoints.get(beadId));
    }

    /** The same state with {@code bead} replacing the bead of the same id. */
    public BeadExecutionState with(Bead bead) {
        bead(bead.id());
        List<Bead> beads = plan.beads().stream().map(b -> b.id().equals(bead.id()) ? bead : b).toList();
        return new BeadExecutionState(new BeadPlan(beads), checkpoints, preserved);
    }

    public BeadExecutionState withCheckpoint(SuccessCheckpoint checkpoint) {
        Map<String, SuccessCheckpoint> changed = new LinkedHashMap<>(checkpoints);
        changed.put(checkpoint.beadId(), checkpoint);
        return new BeadExecutionState(plan, changed, preserved);
    }

    public BeadExecutionState withoutCheckpoint(String beadId) {
        Map<String, SuccessCheckpoint> changed = new LinkedHashMap<>(checkpoints);
        changed.remove(beadId);
        return new BeadExecutionState(plan, changed, preserved);
    }

    public BeadExecutionState withPreserved(Optional<PreservedSession> session) {
        return new BeadExecutionState(plan, checkpoints, session);
    }
}
