package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runtime sessions by owner. Optional owner parts are matched with IS, so absent equals absent. */
final class JdbiSessionRegistry implements SessionRegistry {
    private static final String COLUMNS = "session_id, ticket_id, phase, attempt_number, member_id, bead_id, iteration,"
            + " step, state, created_at, updated_at";

    private final Database db;

    JdbiSessionRegistry(Database db) {
        this.db = db;
    }

    @Override
    public void save(OwnedSession session) {
        db.write(h -> h.createUpdate("INSERT INTO runtime_sessions (" + COLUMNS + ") VALUES (:id, :ticket, :phase,"
                        + " :attempt, :member, :bead, :iteration, :step, :state, :created, :updated)"
                        + " ON CONFLICT (session_id) DO UPDATE SET state = excluded.state,"
                        + " updated_at = excluded.updated_at")
                .bind("id", session.sessionId())
                .bindMap(ownerColumns(session.owner()))
                .bind("state", session.state().name())
                .bind("created", Timestamps.format(session.createdAt()))
                .bind("updated", Timestamps.format(session.updatedAt()))
                .execute());
    }

    @Override
    public Optional<OwnedSession> findActive(SessionOwner owner) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM runtime_sessions WHERE ticket_id = :ticket"
                        + " AND phase = :phase AND attempt_number = :attempt AND member_id IS :member AND bead_id IS :bead"
                        + " AND iteration IS :iteration AND step IS :step AND state = 'ACTIVE'"
                        + " ORDER BY created_at DESC, rowid DESC LIMIT 1")
                .bindMap(ownerColumns(owner))
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<OwnedSession> findById(String sessionId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM runtime_sessions WHERE session_id = :id")
                .bind("id", sessionId).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<OwnedSession> findAll(TicketId ticketId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM runtime_sessions WHERE ticket_id = :ticket"
                        + " ORDER BY created_at, rowid")
                .bind("ticket", ticketId.value()).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public int deleteAll(TicketId ticketId) {
        return db.write(h -> h.createUpdate("DELETE FROM runtime_sessions WHERE ticket_id = :ticket")
                .bind("ticket", ticketId.value()).execute());
    }

    private static Map<String, Object> ownerColumns(SessionOwner owner) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("ticket", owner.ticketId().value());
        columns.put("phase", owner.phase().name());
        columns.put("attempt", owner.attemptNumber());
        columns.put("member", owner.memberId().orElse(null));
        columns.put("bead", owner.beadId().orElse(null));
        columns.put("iteration", owner.iteration().orElse(null));
        columns.put("step", owner.step().orElse(null));
        return columns;
    }

    private static OwnedSession map(ResultSet rs) throws SQLException {
        int iteration = rs.getInt("iteration");
        Optional<Integer> iterationValue = rs.wasNull() ? Optional.empty() : Optional.of(iteration);
        SessionOwner owner = new SessionOwner(new TicketId(rs.getLong("ticket_id")),
                TicketStatus.valueOf(rs.getString("phase")), rs.getInt("attempt_number"),
                Optional.ofNullable(rs.getString("member_id")), Optional.ofNullable(rs.getString("bead_id")),
                iterationValue, Optional.ofNullable(rs.getString("step")));
        return new OwnedSession(rs.getString("session_id"), owner, SessionState.valueOf(rs.getString("state")),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
