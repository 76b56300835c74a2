package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/** Creates a DRAFT ticket with the project's next number. */
public interface CreateTicketUseCase {

    Ticket create(CreateTicketCommand command);
}
