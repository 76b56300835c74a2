package dev.loopwright.application.council.beads;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ticket's PRD as the bead phase reads it: the canonical {@code prd} artifact (the reference's {@code prd.yaml},
 * in its YAML schema), the newest one in the active attempts of the PRD's phases. The PRD phase may keep its
 * document in the attempt of its refinement, its coverage check or its gate; the newest copy is the one that was
 * approved, since approval is what lets the ticket leave the gate.
 */
public final class PrdSource {
    /** The artifact type of the canonical PRD YAML. */
    public static final String ARTIFACT = "prd";
    static final List<TicketStatus> PHASES = List.of(TicketStatus.REFINING_PRD, TicketStatus.VERIFYING_PRD_COVERAGE,
            TicketStatus.WAITING_PRD_APPROVAL);

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;

    public PrdSource(PhaseAttemptRepository attempts, ArtifactRepository artifacts) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    }

    public Optional<String> find(TicketId ticketId) {
        return PHASES.stream()
                .flatMap(phase -> attempts.findActive(ticketId, phase)
                        .flatMap(attempt -> artifacts.findLatest(ticketId, phase, attempt.attemptNumber(), ARTIFACT))
                        .stream())
                .max(Comparator.comparing(PhaseArtifact::createdAt).thenComparing(PhaseArtifact::id))
                .map(PhaseArtifact::content);
    }
}
