package dev.loopwright.application.service;

import dev.loopwright.application.port.in.ListArtifactsUseCase;
import dev.loopwright.application.port.in.ListPhaseAttemptsUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Objects;

/** Read access to what a ticket produced: its artifacts and its phase attempts. */
public final class TicketHistoryService implements ListArtifactsUseCase, ListPhaseAttemptsUseCase {
    private final TicketRepository tickets;
    private final ArtifactRepository artifacts;
    private final PhaseAttemptRepository attempts;

    public TicketHistoryService(TicketRepository tickets, ArtifactRepository artifacts, PhaseAttemptRepository attempts) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
    }

    @Override
    public List<PhaseArtifact> list(TicketReference reference) {
        return artifacts.findAll(TicketLookup.find(tickets, reference).id());
    }

    @Override
    public List<PhaseAttempt> list(TicketReference reference, TicketStatus phase) {
        return attempts.findAll(TicketLookup.find(tickets, reference).id(), phase);
    }
}
