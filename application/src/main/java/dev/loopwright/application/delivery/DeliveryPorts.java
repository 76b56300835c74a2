package dev.loopwright.application.delivery;

import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.PullRequestHost;
import dev.loopwright.application.port.out.RepositoryInspector;
import dev.loopwright.application.port.out.TicketRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * What delivery works with.
 *
 * @param pullRequests the GitHub host, present only when a token is configured; without it every ticket is
 *        delivered locally
 * @param transitions applies the review decisions (merge, close) the person makes
 */
public record DeliveryPorts(TicketRepository tickets, ProjectRepository projects, PhaseAttemptRepository attempts,
        ArtifactRepository artifacts, GitWorkspace git, CommandRunner commands, RepositoryInspector inspector,
        Optional<PullRequestHost> pullRequests, EventPublisher events, ApplyTicketEventUseCase transitions) {
    public DeliveryPorts {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(pullRequests, "pullRequests");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(transitions, "transitions");
    }
}
