package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/** Stops a ticket for good from any unfinished status; its running work is cancelled too. */
public interface CancelTicketUseCase {

    /**
     * Cancels the ticket, then removes what {@code cleanup} names. A ticket that is already cancelled may be
     * cancelled again only to clean up, so a cleanup that failed half-way can be finished.
     */
    Ticket cancel(TicketReference reference, CancelCleanup cleanup);
}
