package dev.loopwright.application.service;

import dev.loopwright.application.port.in.CancelCleanup;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.domain.ticket.Ticket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Removes what a finished ticket leaves behind, as far as the user asks. The ticket itself, its status history and
 * its errors stay. Every step is idempotent, so a cleanup interrupted half-way can simply be asked for again.
 */
public final class TicketCleanup {
    private final ProjectRepository projects;
    private final ArtifactRepository artifacts;
    private final BeadExecutionRepository beadExecutions;
    private final SessionRegistry sessions;
    private final ExecutionLog log;
    private final GitWorkspace git;
    private final UnitOfWork unitOfWork;

    public TicketCleanup(ProjectRepository projects, ArtifactRepository artifacts,
            BeadExecutionRepository beadExecutions, SessionRegistry sessions, ExecutionLog log, GitWorkspace git,
            UnitOfWork unitOfWork) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.beadExecutions = Objects.requireNonNull(beadExecutions, "beadExecutions");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.log = Objects.requireNonNull(log, "log");
        this.git = Objects.requireNonNull(git, "git");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    void clean(Ticket ticket, CancelCleanup cleanup) {
        if (cleanup.deleteContent()) {
            unitOfWork.inTransaction(() -> {
                artifacts.deleteAll(ticket.id());
                beadExecutions.delete(ticket.id());
                sessions.deleteAll(ticket.id());
            });
            removeWorkingCopy(ticket);
        }
        if (cleanup.deleteLog()) {
            log.delete(ticket.id());
        }
    }

    private void removeWorkingCopy(Ticket ticket) {
        projects.findById(ticket.projectId()).map(project -> project.folderPath())
                // A project folder that is gone took its working copies with it.
                .filter(Files::isDirectory)
                .flatMap((Path folder) -> git.findTicketWorkspace(folder, ticket.externalId().toString()))
                .ifPresent(workspace -> git.removeTicketWorkspace(workspace, true));
    }
}
