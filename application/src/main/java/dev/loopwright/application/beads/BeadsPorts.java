package dev.loopwright.application.beads;

import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import java.util.Objects;

/**
 * The ports the bead phase works through. Pass a {@link dev.loopwright.application.workflow.NotifyingArtifactRepository}
 * as {@code artifacts} so every plan, audit and revision is announced on the live stream.
 */
public record BeadsPorts(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
        ArtifactRepository artifacts, ModelRuntime runtime, ApplyTicketEventUseCase transitions) {
    public BeadsPorts {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(transitions, "transitions");
    }
}
