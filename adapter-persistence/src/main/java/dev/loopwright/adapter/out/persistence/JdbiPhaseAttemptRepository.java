package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.domain.ticket.ArchiveReason;
import dev.loopwright.domain.ticket.AttemptState;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Phase attempts; a partial unique index keeps at most one active attempt per ticket and phase. */
final class JdbiPhaseAttemptRepository implements PhaseAttemptRepository {
    private static final String COLUMNS = "ticket_id, phase, attempt_number, state, archive_reason, created_at, archived_at";

    private final Database db;

    JdbiPhaseAttemptRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<PhaseAttempt> findActive(TicketId ticketId, TicketStatus phase) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM phase_attempts WHERE ticket_id = :ticket"
                        + " AND phase = :phase AND state = 'ACTIVE'")
                .bind("ticket", ticketId.value()).bind("phase", phase.name())
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<PhaseAttempt> findAll(TicketId ticketId, TicketStatus phase) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM phase_attempts WHERE ticket_id = :ticket"
                        + " AND phase = :phase ORDER BY attempt_number")
                .bind("ticket", ticketId.value()).bind("phase", phase.name())
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public void save(PhaseAttempt attempt) {
        db.write(h -> h.createUpdate("INSERT INTO phase_attempts (" + COLUMNS + ") VALUES (:ticket, :phase, :number,"
                        + " :state, :reason, :created, :archived) ON CONFLICT (ticket_id, phase, attempt_number)"
                        + " DO UPDATE SET state = excluded.state, archive_reason = excluded.archive_reason,"
                        + " archived_at = excluded.archived_at")
                .bind("ticket", attempt.ticketId().value())
                .bind("phase", attempt.phase().name())
                .bind("number", attempt.attemptNumber())
                .bind("state", attempt.state().name())
                .bind("reason", attempt.archiveReason().map(Enum::name).orElse(null))
                .bind("created", Timestamps.format(attempt.createdAt()))
                .bind("archived", attempt.archivedAt().map(Timestamps::format).orElse(null))
                .execute());
    }

    private static PhaseAttempt map(ResultSet rs) throws SQLException {
        return new PhaseAttempt(new TicketId(rs.getLong("ticket_id")), TicketStatus.valueOf(rs.getString("phase")),
                rs.getInt("attempt_number"), AttemptState.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("archive_reason")).map(ArchiveReason::valueOf),
                Timestamps.parse(rs.getString("created_at")),
                Optional.ofNullable(rs.getString("archived_at")).map(Timestamps::parse));
    }
}
