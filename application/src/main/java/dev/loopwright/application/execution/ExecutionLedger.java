package dev.loopwright.application.execution;

import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.preflight.ApprovedArtifacts;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The durable execution state of tickets' beads, read and changed one ticket at a time. Seeded once from the
 * approved bead plan when a ticket first enters CODING; from then on it, not the plan, says where each bead is.
 */
public final class ExecutionLedger {
    private final BeadExecutionRepository repository;
    private final ApprovedArtifacts approved;

    public ExecutionLedger(BeadExecutionRepository repository, ApprovedArtifacts approved) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.approved = Objects.requireNonNull(approved, "approved");
    }

    public Optional<BeadExecutionState> find(TicketId ticketId) {
        return repository.find(ticketId);
    }

    /** The stored state, or a new one from the approved plan (every bead pending at iteration 1). */
    synchronized BeadExecutionState loadOrSeed(Ticket ticket) {
        Optional<BeadExecutionState> stored = repository.find(ticket.id());
        if (stored.isPresent()) {
            return stored.get();
        }
        PhaseArtifact plan = approved.approved(ticket.id(), TicketStatus.WAITING_BEADS_APPROVAL)
                .orElseThrow(() -> new PhaseFailure("No approved bead plan was found to execute",
                        List.of(CodingPhase.FAILED), Optional.empty()));
        BeadExecutionState seeded = BeadExecutionState.seeded(BeadsJsonl.read(plan.content(), ticket.externalId()));
        repository.save(ticket.id(), seeded);
        return seeded;
    }

    /** Applies {@code change} to the stored state and stores the result; changes of one ticket never interleave. */
    public synchronized BeadExecutionState update(TicketId ticketId, UnaryOperator<BeadExecutionState> change) {
        BeadExecutionState current = repository.find(ticketId)
                .orElseThrow(() -> new IllegalStateException("ticket " + ticketId + " has no execution state"));
        BeadExecutionState changed = change.apply(current);
        repository.save(ticketId, changed);
        return changed;
    }
}
