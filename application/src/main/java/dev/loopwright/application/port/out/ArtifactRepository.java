package dev.loopwright.application.port.out;

import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores phase artifacts, each inside a phase attempt. */
public interface ArtifactRepository {

    /** An artifact to write into the phase's attempt {@code attemptNumber}. */
    record NewArtifact(TicketId ticketId, TicketStatus phase, int attemptNumber, String type, String content,
            Instant createdAt) {
        public NewArtifact {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(createdAt, "createdAt");
            PhaseArtifact.checkType(type);
        }
    }

    /**
     * Appends an artifact. Throws {@link dev.loopwright.application.error.ArchivedAttemptWriteException} when
     * the attempt is archived, and {@link dev.loopwright.application.error.NotFoundException} when it does not exist.
     */
    PhaseArtifact append(NewArtifact artifact);

    /** Replaces the newest artifact of that type in the attempt (or appends the first one): for live artifacts. */
    PhaseArtifact upsertLatest(NewArtifact artifact);

    Optional<PhaseArtifact> findLatest(TicketId ticketId, TicketStatus phase, int attemptNumber, String type);

    /** A ticket's artifacts, oldest first. */
    List<PhaseArtifact> findAll(TicketId ticketId);

    int count(TicketId ticketId, TicketStatus phase, int attemptNumber, String type);

    /** Removes every artifact of the ticket, archived attempts' included; returns how many. */
    int deleteAll(TicketId ticketId);
}
