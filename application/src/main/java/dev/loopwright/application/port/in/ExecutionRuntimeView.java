package dev.loopwright.application.port.in;

import dev.loopwright.domain.bead.BeadNote;
import dev.loopwright.domain.bead.BeadStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a ticket's bead execution stands: the bead being worked on (or next), progress, each bead's status,
 * iteration and notes, the budgets that apply, and how far delivery got after the beads.
 *
 * @param currentBead the bead in progress, else the next runnable one; empty when all are done or none can run
 * @param activeBeadIteration the iteration of the bead in progress, if one is
 * @param activeBeads every bead in progress: more than one when beads run side by side
 * @param lastFailedBead the bead the ticket is blocked on, if it is
 * @param maxIterations attempts per bead; 0 means unlimited
 * @param perIterationTimeoutMs 0 means no limit
 */
public record ExecutionRuntimeView(Optional<String> currentBead, int completed, int total, int percentComplete,
        Optional<Integer> activeBeadIteration, List<String> activeBeads, Optional<String> lastFailedBead,
        int maxIterations, long perIterationTimeoutMs, List<BeadRuntime> beads, DeliveryProgressView delivery) {
    public ExecutionRuntimeView {
        Objects.requireNonNull(currentBead, "currentBead");
        Objects.requireNonNull(activeBeadIteration, "activeBeadIteration");
        activeBeads = List.copyOf(activeBeads);
        Objects.requireNonNull(lastFailedBead, "lastFailedBead");
        beads = List.copyOf(beads);
        Objects.requireNonNull(delivery, "delivery");
    }

    /** One bead's execution state. */
    public record BeadRuntime(String id, String title, BeadStatus status, int iteration,
            Optional<String> beadStartCommit, List<BeadNote> failedIterationNotes, List<BeadNote> userRetryNotes,
            List<BeadNote> finalizationFailureNotes) {
        public BeadRuntime {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(beadStartCommit, "beadStartCommit");
            failedIterationNotes = List.copyOf(failedIterationNotes);
            userRetryNotes = List.copyOf(userRetryNotes);
            finalizationFailureNotes = List.copyOf(finalizationFailureNotes);
        }
    }
}
