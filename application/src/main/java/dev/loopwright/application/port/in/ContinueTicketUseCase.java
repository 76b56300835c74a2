package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/**
 * Resumes a ticket that blocked at a provider limit in the model session that was kept for it, instead of starting
 * the phase's work over: offered only when such a session exists and the runtime still holds it.
 */
public interface ContinueTicketUseCase {

    Ticket continueTicket(TicketReference reference);
}
