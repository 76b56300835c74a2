package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.ArchivedAttemptWriteException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.domain.ticket.PhaseArtifact;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Phase artifacts; the attempt's state is checked in the same transaction as the write. */
final class JdbiArtifactRepository implements ArtifactRepository {
    private static final String COLUMNS = "id, ticket_id, phase, attempt_number, type, content, created_at";
    private static final String IN_ATTEMPT = " WHERE ticket_id = :ticket AND phase = :phase AND attempt_number = :attempt"
            + " AND type = :type";

    private final Database db;

    JdbiArtifactRepository(Database db) {
        this.db = db;
    }

    @Override
    public PhaseArtifact append(NewArtifact artifact) {
        return db.write(h -> {
            checkWritable(h, artifact);
            long id = h.createUpdate("INSERT INTO phase_artifacts (ticket_id, phase, attempt_number, type, content,"
                            + " created_at) VALUES (:ticket, :phase, :attempt, :type, :content, :created)")
                    .bind("ticket", artifact.ticketId().value())
                    .bind("phase", artifact.phase().name())
                    .bind("attempt", artifact.attemptNumber())
                    .bind("type", artifact.type())
                    .bind("content", artifact.content())
                    .bind("created", Timestamps.format(artifact.createdAt()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return stored(artifact, id);
        });
    }

    @Override
    public PhaseArtifact upsertLatest(NewArtifact artifact) {
        return db.write(h -> {
            checkWritable(h, artifact);
            Optional<Long> latest = h.createQuery("SELECT max(id) FROM phase_artifacts" + IN_ATTEMPT)
                    .bind("ticket", artifact.ticketId().value()).bind("phase", artifact.phase().name())
                    .bind("attempt", artifact.attemptNumber()).bind("type", artifact.type())
                    .mapTo(Long.class).findOne();
            if (latest.isEmpty()) {
                return append(artifact);
            }
            h.createUpdate("UPDATE phase_artifacts SET content = :content, created_at = :created WHERE id = :id")
                    .bind("content", artifact.content())
                    .bind("created", Timestamps.format(artifact.createdAt()))
                    .bind("id", latest.get())
                    .execute();
            return stored(artifact, latest.get());
        });
    }

    @Override
    public Optional<PhaseArtifact> findLatest(TicketId ticketId, TicketStatus phase, int attemptNumber, String type) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM phase_artifacts" + IN_ATTEMPT
                        + " ORDER BY id DESC LIMIT 1")
                .bind("ticket", ticketId.value()).bind("phase", phase.name())
                .bind("attempt", attemptNumber).bind("type", type)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<PhaseArtifact> findAll(TicketId ticketId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM phase_artifacts WHERE ticket_id = :ticket"
                        + " ORDER BY id")
                .bind("ticket", ticketId.value()).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public int deleteAll(TicketId ticketId) {
        return db.write(h -> h.createUpdate("DELETE FROM phase_artifacts WHERE ticket_id = :ticket")
                .bind("ticket", ticketId.value()).execute());
    }

    @Override
    public int count(TicketId ticketId, TicketStatus phase, int attemptNumber, String type) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM phase_artifacts" + IN_ATTEMPT)
                .bind("ticket", ticketId.value()).bind("phase", phase.name())
                .bind("attempt", attemptNumber).bind("type", type)
                .mapTo(Integer.class).one());
    }

    private static void checkWritable(Handle h, NewArtifact artifact) {
        Optional<String> state = h.createQuery("SELECT state FROM phase_attempts WHERE ticket_id = :ticket"
                        + " AND phase = :phase AND attempt_number = :attempt")
                .bind("ticket", artifact.ticketId().value()).bind("phase", artifact.phase().name())
                .bind("attempt", artifact.attemptNumber())
                .mapTo(String.class).findOne();
        if (state.isEmpty()) {
            throw new NotFoundException("No attempt " + artifact.attemptNumber() + " of phase " + artifact.phase()
                    + " for ticket " + artifact.ticketId());
        }
        if (!state.get().equals("ACTIVE")) {
            throw new ArchivedAttemptWriteException("Attempt " + artifact.attemptNumber() + " of phase "
                    + artifact.phase() + " is archived and read-only");
        }
    }

    private static PhaseArtifact stored(NewArtifact artifact, long id) {
        return new PhaseArtifact(id, artifact.ticketId(), artifact.phase(), artifact.attemptNumber(), artifact.type(),
                artifact.content(), artifact.createdAt());
    }

    private static PhaseArtifact map(ResultSet rs) throws SQLException {
        return new PhaseArtifact(rs.getLong("id"), new TicketId(rs.getLong("ticket_id")),
                TicketStatus.valueOf(rs.getString("phase")), rs.getInt("attempt_number"), rs.getString("type"),
                rs.getString("content"), Timestamps.parse(rs.getString("created_at")));
    }
}
