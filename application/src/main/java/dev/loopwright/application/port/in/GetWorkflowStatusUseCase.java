package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a promoted developer ticket stands in the workflow. Read through the developer ticket, so a caller only sees
 * workflow tickets promoted from its own organisation's tickets.
 */
public interface GetWorkflowStatusUseCase {

    WorkflowStatus workflowStatus(ApiCaller caller, DevTicketId id);

    /** @param workflowTicket empty before promotion, or when the workflow ticket has been deleted since */
    record WorkflowStatus(DevTicket devTicket, Optional<Ticket> workflowTicket) {
        public WorkflowStatus {
            Objects.requireNonNull(devTicket, "devTicket");
            Objects.requireNonNull(workflowTicket, "workflowTicket");
        }
    }
}
