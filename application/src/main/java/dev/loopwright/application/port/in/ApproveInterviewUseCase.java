package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;

/**
 * Approves the interview document the person reviewed, named by its SHA-256. A document that changed since is a
 * stale approval and nothing happens; otherwise the approval is stamped into the document, a receipt is kept and
 * planning moves on.
 */
public interface ApproveInterviewUseCase {

    Ticket approveInterview(TicketReference reference, ContentHash reviewed);
}
