package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;

/** Approves the bead plan whose hash the caller reviewed; the ticket moves on to its pre-flight check. */
public interface ApproveBeadsUseCase {

    Ticket approveBeads(TicketReference reference, ContentHash reviewed);
}
