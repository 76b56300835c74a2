package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/** Stops a ticket for good from any unfinished status; its running work is cancelled too. */
public interface CancelTicketUseCase {

    Ticket cancel(TicketReference reference);
}
