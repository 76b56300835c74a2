package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/**
 * Sends a blocked ticket back to the status it failed in, with a fresh attempt of that phase so the failed
 * attempt's artifacts stay readable but are no longer written to.
 */
public interface RetryTicketUseCase {

    Ticket retry(TicketReference reference);

    /**
     * Retries with the person's note for the failed phase's preserved work, keeping the failed attempt (the note
     * continues it). Only phases that take notes accept one; others refuse it as invalid input.
     */
    Ticket retry(TicketReference reference, String note);
}
