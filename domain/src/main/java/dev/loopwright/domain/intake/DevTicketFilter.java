package dev.loopwright.domain.intake;

import java.util.Objects;
import java.util.Optional;

/** Which developer tickets a list shows; the filters given combine with AND. */
public record DevTicketFilter(Optional<IntakeProjectId> projectId, Optional<DevTicketStatus> status) {
    public DevTicketFilter {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
    }
}
