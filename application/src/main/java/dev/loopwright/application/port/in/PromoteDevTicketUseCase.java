package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Objects;

/**
 * Turns a developer ticket into a DRAFT workflow ticket of a workflow project, linked both ways: the developer ticket
 * stores the workflow ticket's id, the workflow ticket's description names the developer ticket. Promoting again
 * into the same project answers the same pair; into another project is a conflict.
 */
public interface PromoteDevTicketUseCase {

    Promotion promoteDevTicket(ApiCaller caller, DevTicketId id, ProjectId workflowProject);

    /** @param created false when the ticket had been promoted already (or a promotion interrupted is completed) */
    record Promotion(DevTicket devTicket, Ticket workflowTicket, boolean created) {
        public Promotion {
            Objects.requireNonNull(devTicket, "devTicket");
            Objects.requireNonNull(workflowTicket, "workflowTicket");
        }
    }
}
