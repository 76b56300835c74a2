package dev.loopwright.domain.ticket;

import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Objects;

/** One row of a ticket's status history: which event moved it where, at which workflow revision. */
public record StatusChange(TicketId ticketId, TicketStatus from, TicketStatus to, TicketEventType event,
        long revision, Instant at) {
    public StatusChange {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
    }
}
