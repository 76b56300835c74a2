package dev.loopwright.application.port.out;

import dev.loopwright.domain.ticket.ErrorOccurrence;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The times a ticket blocked. At most one occurrence per ticket is open. */
public interface ErrorOccurrenceRepository {

    /** Records a new block, numbered after the ticket's earlier ones. */
    ErrorOccurrence open(TicketId ticketId, TicketStatus blockedFrom, BlockingError error, Instant at);

    Optional<ErrorOccurrence> findOpen(TicketId ticketId);

    /** Stores the resolution of an open occurrence. */
    void resolve(ErrorOccurrence resolved);

    /** A ticket's occurrences, oldest first. */
    List<ErrorOccurrence> findAll(TicketId ticketId);
}
