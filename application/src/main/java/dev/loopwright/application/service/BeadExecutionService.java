package dev.loopwright.application.service;

import dev.loopwright.application.execution.BeadArtifacts;
import dev.loopwright.application.execution.CodingPhase;
import dev.loopwright.application.execution.ExecutionLedger;
import dev.loopwright.application.execution.ExecutionSettingsSource;
import dev.loopwright.application.port.in.BeadDiff;
import dev.loopwright.application.port.in.ExecutionRuntimeView;
import dev.loopwright.application.port.in.GetBeadDiffUseCase;
import dev.loopwright.application.delivery.DeliveryProgress;
import dev.loopwright.application.port.in.GetExecutionRuntimeUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Read-only views of a ticket's bead execution: the live runtime state and each bead's diff. */
public final class BeadExecutionService implements GetBeadDiffUseCase, GetExecutionRuntimeUseCase {
    private static final Pattern BEAD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final TicketRepository tickets;
    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final ExecutionLedger ledger;
    private final ExecutionSettingsSource settings;
    private final DeliveryProgress delivery;

    public BeadExecutionService(TicketRepository tickets, PhaseAttemptRepository attempts, ArtifactRepository artifacts,
            ExecutionLedger ledger, ExecutionSettingsSource settings) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.delivery = new DeliveryProgress(attempts, artifacts);
    }

    @Override
    public BeadDiff beadDiff(TicketReference reference, String beadId) {
        if (beadId == null || !BEAD_ID.matcher(beadId).matches()) {
            throw ValidationException.of("beadId", "Invalid bead ID");
        }
        Ticket ticket = TicketLookup.find(tickets, reference);
        return attempts.findActive(ticket.id(), CodingPhase.HOME)
                .flatMap(attempt -> artifacts.findLatest(ticket.id(), CodingPhase.HOME, attempt.attemptNumber(),
                        BeadArtifacts.diff(beadId)))
                .map(PhaseArtifact::content).map(diff -> new BeadDiff(diff, true)).orElse(new BeadDiff("", false));
    }

    @Override
    public Optional<ExecutionRuntimeView> executionRuntime(Ticket ticket) {
        return ledger.find(ticket.id()).map(state -> view(ticket, state));
    }

    private ExecutionRuntimeView view(Ticket ticket, BeadExecutionState state) {
        List<Bead> beads = state.plan().beads();
        int total = beads.size();
        int completed = (int) beads.stream().filter(bead -> bead.status() == BeadStatus.DONE).count();
        Optional<Bead> active = beads.stream().filter(bead -> bead.status() == BeadStatus.IN_PROGRESS
                || bead.status() == BeadStatus.ERROR).findFirst();
        Set<String> done = beads.stream().filter(bead -> bead.status() == BeadStatus.DONE).map(Bead::id)
                .collect(Collectors.toSet());
        Optional<String> current = active.map(Bead::id).or(() -> state.plan().runnable(done).stream()
                .filter(bead -> bead.status() == BeadStatus.PENDING).map(Bead::id).findFirst());
        return new ExecutionRuntimeView(current, completed, total, total == 0 ? 0 : Math.round(100f * completed / total),
                active.filter(bead -> bead.status() == BeadStatus.IN_PROGRESS).map(Bead::iteration),
                beads.stream().filter(bead -> bead.status() == BeadStatus.IN_PROGRESS).map(Bead::id).toList(),
                beads.stream().filter(bead -> bead.status() == BeadStatus.ERROR).map(Bead::id).findFirst(),
                settings.live(ticket, IntSetting.MAX_ITERATIONS), settings.live(ticket, IntSetting.PER_ITERATION_TIMEOUT),
                beads.stream().map(bead -> new ExecutionRuntimeView.BeadRuntime(bead.id(), bead.title(), bead.status(),
                        bead.iteration(), bead.beadStartCommit(), bead.failedIterationNotes(), bead.userRetryNotes(),
                        bead.finalizationFailureNotes())).toList(),
                delivery.of(ticket.id()));
    }
}
