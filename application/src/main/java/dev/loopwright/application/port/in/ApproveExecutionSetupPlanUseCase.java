package dev.loopwright.application.port.in;

import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;

/**
 * Approves the plan the person reviewed, named by its SHA-256: a plan that changed since is a stale approval and
 * nothing happens; otherwise a receipt is kept and the ticket moves on to prepare the workspace. Approving the
 * same plan again after that changes nothing.
 */
public interface ApproveExecutionSetupPlanUseCase {

    Ticket approveExecutionSetupPlan(TicketReference reference, ContentHash reviewed);
}
