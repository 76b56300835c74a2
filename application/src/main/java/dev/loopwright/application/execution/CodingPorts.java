package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.application.port.out.TicketRepository;
import java.util.Objects;

/** The out-ports the CODING phase works through. */
public record CodingPorts(TicketRepository tickets, ProjectRepository projects, ProfileRepository profiles,
        PhaseAttemptRepository attempts, ArtifactRepository artifacts, BeadExecutionRepository beadExecutions,
        SessionRegistry sessions, ModelRuntime runtime, GitWorkspace git, CommandRunner commands,
        EventPublisher events) {
    public CodingPorts {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(beadExecutions, "beadExecutions");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(events, "events");
    }
}
