package dev.loopwright.application.port.in;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import java.util.Objects;
import java.util.Optional;

/**
 * How callers name a ticket: its reference {@code AUTH-12}, or {@code 3:AUTH-12} with the project id in
 * front (the form the reference API uses). Shortnames are unique, so the project part is only a check.
 */
public record TicketReference(Optional<ProjectId> projectId, ExternalId externalId) {
    public TicketReference {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(externalId, "externalId");
    }

    public static TicketReference parse(String text) {
        if (text == null) {
            throw ValidationException.of("ticketId", "a ticket reference is required");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new TicketReference(Optional.empty(), ExternalId.parse(text));
        }
        String project = text.substring(0, colon);
        if (!project.matches("[1-9][0-9]{0,17}")) {
            throw ValidationException.of("ticketId", "a ticket reference looks like ABC-12 or 3:ABC-12");
        }
        return new TicketReference(Optional.of(new ProjectId(Long.parseLong(project))),
                ExternalId.parse(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return projectId.map(id -> id + ":").orElse("") + externalId;
    }
}
