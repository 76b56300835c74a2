package dev.loopwright.application.council;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's artifacts, each in the active attempt of the status that produced it. Inputs a step needs but
 * cannot find are reported as lost council data.
 */
final class CouncilStore {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilStore.class);

    private final PhaseAttemptRepository attempts;
    private final ArtifactRepository artifacts;
    private final Clock clock;

    CouncilStore(PhaseAttemptRepository attempts, ArtifactRepository artifacts, Clock clock) {
        this.attempts = attempts;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    int activeAttempt(TicketId ticket, TicketStatus phase) {
        return attempts.findActive(ticket, phase).map(PhaseAttempt::attemptNumber)
                .orElseThrow(() -> CouncilException.dataLost("there is no active attempt of " + phase));
    }

    Optional<String> find(TicketId ticket, TicketStatus phase, String type) {
        return attempts.findActive(ticket, phase)
                .flatMap(attempt -> artifacts.findLatest(ticket, phase, attempt.attemptNumber(), type))
                .map(artifact -> artifact.content());
    }

    String require(TicketId ticket, TicketStatus phase, String type) {
        return find(ticket, phase, type).orElseThrow(() -> CouncilException.dataLost("the " + type
                + " artifact of " + phase + " is missing"));
    }

    void put(TicketId ticket, TicketStatus phase, int attempt, String type, String content) {
        artifacts.upsertLatest(new ArtifactRepository.NewArtifact(ticket, phase, attempt, type, content,
                clock.instant()));
    }

    /** Diagnostics only: a write that fails is logged, never allowed to fail the member's work. */
    void appendDiagnostic(TicketId ticket, TicketStatus phase, int attempt, String type, String content) {
        try {
            artifacts.append(new ArtifactRepository.NewArtifact(ticket, phase, attempt, type, content,
                    clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("Could not keep a raw {} of ticket {}: {}", type, ticket, e.getMessage());
        }
    }
}
