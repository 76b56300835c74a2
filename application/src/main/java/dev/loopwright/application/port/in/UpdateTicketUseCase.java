package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/** Changes a ticket's title, description or priority, in any status. */
public interface UpdateTicketUseCase {

    Ticket update(UpdateTicketCommand command);
}
