package dev.loopwright.application.preflight;

import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.LockedSettings;
import java.nio.file.Path;
import java.util.Objects;

/** What every check looks at: the ticket, its project, its locked settings and where its working copy should be. */
public record PreflightSubject(Ticket ticket, Project project, LockedSettings locked, Path workingCopy) {
    public PreflightSubject {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(locked, "locked");
        Objects.requireNonNull(workingCopy, "workingCopy");
    }
}
