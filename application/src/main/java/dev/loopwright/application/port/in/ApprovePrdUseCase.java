package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;

/**
 * Approves the PRD the person reviewed, named by its SHA-256. A PRD that changed since is a stale approval and nothing
 * happens; otherwise the approval is stamped into it, a receipt is kept and planning moves on to the beads.
 */
public interface ApprovePrdUseCase {

    Ticket approvePrd(TicketReference reference, ContentHash reviewed);
}
