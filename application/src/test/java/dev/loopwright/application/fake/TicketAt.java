package dev.loopwright.application.fake;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.BeadProgress;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import java.time.Instant;
import java.util.Optional;

/** Puts a started ticket straight into a status with its active attempt, for tests of one phase. */
public final class TicketAt {
    private TicketAt() {
    }

    public static Ticket status(Repositories r, Ticket ticket, TicketStatus status, LockedSettings locked,
            Instant now) {
        r.tickets().update(ticket.withWorkflow(new WorkflowState(status, Optional.empty(), Optional.of(locked),
                Optional.empty(), Optional.empty(), BeadProgress.NONE, ticket.workflow().revision() + 1), now));
        if (status.isAttemptTracked() && r.attempts().findActive(ticket.id(), status).isEmpty()) {
            r.attempts().save(PhaseAttempt.first(ticket.id(), status, now));
        }
        return r.tickets().findById(ticket.id()).orElseThrow();
    }
}
