package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/** Reads one ticket; throws NotFoundException when there is none. */
public interface GetTicketUseCase {

    Ticket get(TicketReference reference);
}
