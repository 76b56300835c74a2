package dev.loopwright.application.fake;

import dev.loopwright.application.error.ArchivedAttemptWriteException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The artifact port kept in memory, for tests; it checks attempts through the attempt port it is given. */
public final class InMemoryArtifactRepository implements ArtifactRepository {
    private final PhaseAttemptRepository attempts;
    private final List<PhaseArtifact> artifacts = new ArrayList<>();
    private long lastId;

    public InMemoryArtifactRepository(PhaseAttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    public synchronized PhaseArtifact append(NewArtifact artifact) {
        checkWritable(artifact);
        PhaseArtifact stored = new PhaseArtifact(++lastId, artifact.ticketId(), artifact.phase(),
                artifact.attemptNumber(), artifact.type(), artifact.content(), artifact.createdAt());
        artifacts.add(stored);
        return stored;
    }

    @Override
    public synchronized PhaseArtifact upsertLatest(NewArtifact artifact) {
        checkWritable(artifact);
        Optional<PhaseArtifact> latest = findLatest(artifact.ticketId(), artifact.phase(), artifact.attemptNumber(),
                artifact.type());
        if (latest.isEmpty()) {
            return append(artifact);
        }
        PhaseArtifact replaced = new PhaseArtifact(latest.get().id(), artifact.ticketId(), artifact.phase(),
                artifact.attemptNumber(), artifact.type(), artifact.content(), artifact.createdAt());
        artifacts.set(artifacts.indexOf(latest.get()), replaced);
        return replaced;
    }

    @Override
    public synchronized Optional<PhaseArtifact> findLatest(TicketId ticketId, TicketStatus phase, int attemptNumber,
            String type) {
        return inAttempt(ticketId, phase, attemptNumber, type).reduce((first, second) -> second);
    }

    @Override
    public synchronized List<PhaseArtifact> findAll(TicketId ticketId) {
        return artifacts.stream().filter(a -> a.ticketId().equals(ticketId)).toList();
    }

    @Override
    public synchronized int deleteAll(TicketId ticketId) {
        int before = artifacts.size();
        artifacts.removeIf(a -> a.ticketId().equals(ticketId));
        return before - artifacts.size();
    }

    @Override
    public synchronized int count(TicketId ticketId, TicketStatus phase, int attemptNumber, String type) {
        return (int) inAttempt(ticketId, phase, attemptNumber, type).count();
    }

    private Stream<PhaseArtifact> inAttempt(TicketId ticketId, TicketStatus phase, int attemptNumber,
            String type) {
        return artifacts.stream().filter(a -> a.ticketId().equals(ticketId) && a.phase() == phase
                && a.attemptNumber() == attemptNumber && a.type().equals(type));
    }

    private void checkWritable(NewArtifact artifact) {
        PhaseAttempt attempt = attempts.findAll(artifact.ticketId(), artifact.phase()).stream()
                .filter(a -> a.attemptNumber() == artifact.attemptNumber())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No attempt " + artifact.attemptNumber() + " of phase "
                        + artifact.phase() + " for ticket " + artifact.ticketId()));
        if (!attempt.isActive()) {
            throw new ArchivedAttemptWriteException("Attempt " + attempt.attemptNumber() + " of phase "
                    + attempt.phase() + " is archived and read-only");
        }
    }
}
