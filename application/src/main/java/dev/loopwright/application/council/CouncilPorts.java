package dev.loopwright.application.council;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import java.util.Objects;

/** The out-ports a council works through. */
public record CouncilPorts(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
        ArtifactRepository artifacts, ModelRuntime runtime) {
    public CouncilPorts {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(runtime, "runtime");
    }
}
