package dev.loopwright.application.port.out;

import dev.loopwright.domain.ticket.StatusChange;
import dev.loopwright.domain.ticket.TicketId;
import java.util.List;

/** Every status change of every ticket, oldest first. */
public interface StatusHistoryRepository {

    void append(StatusChange change);

    List<StatusChange> findAll(TicketId ticketId);
}
