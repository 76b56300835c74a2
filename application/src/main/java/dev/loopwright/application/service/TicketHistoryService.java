package dev.loopwright.application.service;

import dev.loopwright.application.port.in.ListArtifactsUseCase;
import dev.loopwright.application.port.in.ListPhaseAttemptsUseCase;
import dev.loopwright.application.port.in.ReadTicketLogUseCase;
import dev.loopwright.application.port.in.TicketLogEntry;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Read access to what a ticket produced: its artifacts, its phase attempts and its execution log. */
public final class TicketHistoryService implements ListArtifactsUseCase, ListPhaseAttemptsUseCase,
        ReadTicketLogUseCase {
    private final TicketRepository tickets;
    private final ArtifactRepository artifacts;
    private final PhaseAttemptRepository attempts;
    private final ExecutionLog log;

    public TicketHistoryService(TicketRepository tickets, ArtifactRepository artifacts, PhaseAttemptRepository attempts,
            ExecutionLog log) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public List<PhaseArtifact> list(TicketReference reference) {
        return artifacts.findAll(TicketLookup.find(tickets, reference).id());
    }

    @Override
    public List<PhaseAttempt> list(TicketReference reference, TicketStatus phase) {
        return attempts.findAll(TicketLookup.find(tickets, reference).id(), phase);
    }

    @Override
    public List<TicketLogEntry> readLog(TicketReference reference, Optional<TicketStatus> phase) {
        return log.read(TicketLookup.find(tickets, reference).id()).stream()
                .filter(line -> phase.map(wanted -> line.phase() == wanted).orElse(true))
                .map(line -> new TicketLogEntry(line.at(), line.phase(),
                        TicketLogEntry.Level.valueOf(line.level().name()), line.message()))
                .toList();
    }
}
