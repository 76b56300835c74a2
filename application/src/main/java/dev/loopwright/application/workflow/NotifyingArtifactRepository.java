package dev.loopwright.application.workflow;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Artifact storage that tells the ticket's listeners about every artifact written, so phases that only store
 * (the scan, the council) show up on the live stream without knowing about it.
 */
public final class NotifyingArtifactRepository implements ArtifactRepository {
    private final ArtifactRepository artifacts;
    private final EventPublisher events;

    public NotifyingArtifactRepository(ArtifactRepository artifacts, EventPublisher events) {
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public PhaseArtifact append(NewArtifact artifact) {
        return told(artifacts.append(artifact));
    }

    @Override
    public PhaseArtifact upsertLatest(NewArtifact artifact) {
        return told(artifacts.upsertLatest(artifact));
    }

    @Override
    public Optional<PhaseArtifact> findLatest(TicketId ticketId, TicketStatus phase, int attemptNumber, String type) {
        return artifacts.findLatest(ticketId, phase, attemptNumber, type);
    }

    @Override
    public List<PhaseArtifact> findAll(TicketId ticketId) {
        return artifacts.findAll(ticketId);
    }

    @Override
    public int count(TicketId ticketId, TicketStatus phase, int attemptNumber, String type) {
        return artifacts.count(ticketId, phase, attemptNumber, type);
    }

    @Override
    public int deleteAll(TicketId ticketId) {
        return artifacts.deleteAll(ticketId);
    }

    private PhaseArtifact told(PhaseArtifact stored) {
        events.publish(new TicketNotification.ArtifactChanged(stored.ticketId(), stored.phase(), stored.type(), false,
                stored.createdAt()));
        return stored;
    }
}
