package dev.loopwright.application.interview;

import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import java.util.Objects;

/** The ports the interview works through. */
public record InterviewPorts(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
        ArtifactRepository artifacts, ModelRuntime runtime, EventPublisher events, ApplyTicketEventUseCase transitions,
        UnitOfWork unitOfWork) {
    public InterviewPorts {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(transitions, "transitions");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
