package dev.loopwright.application.setup;

import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import java.util.Objects;

/** The out-ports the execution setup plan works through. */
public record SetupPlanPorts(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
        ArtifactRepository artifacts, ModelRuntime runtime, GitWorkspace git, EventPublisher events,
        ApplyTicketEventUseCase transitions, UnitOfWork unitOfWork) {
    public SetupPlanPorts {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(transitions, "transitions");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
