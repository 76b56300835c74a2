package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/**
 * The person's decision on a delivered ticket waiting for pull-request review. Both are refused (a conflict) in any
 * other status; both move the ticket on to cleanup.
 */
public interface DeliverTicketUseCase {

    /**
     * Merges the reviewed candidate: into the local base branch, or the pull request on GitHub. A merge that cannot
     * be done blocks the ticket with the reason, changes nothing, and the blocked ticket is returned.
     */
    Ticket merge(TicketReference reference);

    /** Finishes without merging; the branch and any pull request are left as they are. */
    Ticket closeUnmerged(TicketReference reference);
}
