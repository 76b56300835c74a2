package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.ticket.TicketId;

/** Records that a developer ticket was promoted into a workflow ticket; linking it again to the same ticket is a no-op, to another a conflict. */
public interface LinkWorkflowTicketUseCase {

    DevTicket linkWorkflowTicket(ApiCaller caller, DevTicketId id, TicketId workflowTicket);
}
