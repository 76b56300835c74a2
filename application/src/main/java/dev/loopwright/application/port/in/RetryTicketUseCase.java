package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/**
 * Sends a blocked ticket back to the status it failed in, with a fresh attempt of that phase so the failed
 * attempt's artifacts stay readable but are no longer written to.
 */
public interface RetryTicketUseCase {

    Ticket retry(TicketReference reference);
}
