package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/**
 * Starts a DRAFT ticket: checks the models against the runtime, creates the ticket's working copy and branch,
 * freezes its planning settings and sends START. A working copy that cannot be created blocks the ticket
 * (INIT_FAILED) instead of failing the request, so the user can retry from the board.
 */
public interface StartTicketUseCase {

    Ticket start(TicketReference reference);
}
