package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.TicketDetails;
import java.util.Objects;

/** Write a new ticket for a project; it starts in DRAFT. */
public record CreateTicketCommand(ProjectId projectId, TicketDetails details) {
    public CreateTicketCommand {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(details, "details");
    }
}
