package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.StatusHistoryRepository;
import dev.loopwright.domain.ticket.StatusChange;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;

/** The append-only status history. */
final class JdbiStatusHistoryRepository implements StatusHistoryRepository {
    private final Database db;

    JdbiStatusHistoryRepository(Database db) {
        this.db = db;
    }

    @Override
    public void append(StatusChange change) {
        db.write(h -> h.createUpdate("INSERT INTO status_history (ticket_id, from_status, to_status, event, revision,"
                        + " changed_at) VALUES (:ticket, :from, :to, :event, :revision, :at)")
                .bind("ticket", change.ticketId().value())
                .bind("from", change.from().name())
                .bind("to", change.to().name())
                .bind("event", change.event().name())
                .bind("revision", change.revision())
                .bind("at", Timestamps.format(change.at()))
                .execute());
    }

    @Override
    public List<StatusChange> findAll(TicketId ticketId) {
        return db.read(h -> h.createQuery("SELECT from_status, to_status, event, revision, changed_at"
                        + " FROM status_history WHERE ticket_id = :ticket ORDER BY id")
                .bind("ticket", ticketId.value())
                .map((rs, ctx) -> new StatusChange(ticketId, TicketStatus.valueOf(rs.getString("from_status")),
                        TicketStatus.valueOf(rs.getString("to_status")), TicketEventType.valueOf(rs.getString("event")),
                        rs.getLong("revision"), Timestamps.parse(rs.getString("changed_at"))))
                .list());
    }
}
