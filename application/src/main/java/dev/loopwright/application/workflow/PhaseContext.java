package dev.loopwright.application.workflow;

import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Objects;

/** What a phase handler is given: which ticket, which status, and the ticket's cancellation signal. */
public record PhaseContext(TicketId ticketId, TicketStatus status, Cancellation cancellation) {
    public PhaseContext {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cancellation, "cancellation");
    }
}
