package dev.loopwright.application.service;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TransitionResult;

/** Finding the ticket a caller means, and applying a user's event to it. */
final class TicketLookup {
    private TicketLookup() {
    }

    /** Applies a user's workflow event: a rejection becomes a conflict the caller can show; returns the new ticket. */
    static Ticket applyOrConflict(ApplyTicketEventUseCase transitions, TicketRepository tickets, Ticket ticket,
            TicketEvent event) {
        TransitionResult result = transitions.apply(ticket.id(), event);
        if (result instanceof TransitionResult.Rejected) {
            TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
            throw new WorkflowConflictException(rejected.status(), rejected.event(), rejected.reason());
        }
        return tickets.findById(ticket.id()).orElseThrow();
    }

    static Ticket find(TicketRepository tickets, TicketReference reference) {
        return tickets.findByExternalId(reference.externalId())
                .filter(ticket -> reference.projectId().map(ticket.projectId()::equals).orElse(true))
                .orElseThrow(() -> NotFoundException.ticket(reference));
    }
}
