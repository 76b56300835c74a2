package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.ErrorOccurrenceRepository;
import dev.loopwright.domain.ticket.ErrorOccurrence;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Error occurrences; a partial unique index keeps one open occurrence per ticket. */
final class JdbiErrorOccurrenceRepository implements ErrorOccurrenceRepository {
    private static final String COLUMNS = "ticket_id, occurrence_number, blocked_from, error, occurred_at, resolution,"
            + " resumed_to, resolved_at";

    private final Database db;

    JdbiErrorOccurrenceRepository(Database db) {
        this.db = db;
    }

    @Override
    public ErrorOccurrence open(TicketId ticketId, TicketStatus blockedFrom, BlockingError error, Instant at) {
        int number = db.write(h -> h.createQuery("INSERT INTO error_occurrences (ticket_id, occurrence_number,"
                        + " blocked_from, error, occurred_at) VALUES (:ticket, (SELECT coalesce(max(occurrence_number), 0)"
                        + " + 1 FROM error_occurrences WHERE ticket_id = :ticket), :from, :error, :at)"
                        + " RETURNING occurrence_number")
                .bind("ticket", ticketId.value())
                .bind("from", blockedFrom.name())
                .bind("error", SettingsDocuments.blockingError(error))
                .bind("at", Timestamps.format(at))
                .mapTo(Integer.class).one());
        return new ErrorOccurrence(ticketId, number, blockedFrom, error, at, Optional.empty());
    }

    @Override
    public Optional<ErrorOccurrence> findOpen(TicketId ticketId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM error_occurrences WHERE ticket_id = :ticket"
                        + " AND resolution IS NULL")
                .bind("ticket", ticketId.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public void resolve(ErrorOccurrence resolved) {
        ErrorOccurrence.Resolution resolution = resolved.resolution()
                .orElseThrow(() -> new IllegalArgumentException("the occurrence is not resolved"));
        int updated = db.write(h -> h.createUpdate("UPDATE error_occurrences SET resolution = :resolution,"
                        + " resumed_to = :resumedTo, resolved_at = :at WHERE ticket_id = :ticket"
                        + " AND occurrence_number = :number")
                .bind("resolution", resolution.kind().name())
                .bind("resumedTo", resolution.resumedTo().name())
                .bind("at", Timestamps.format(resolution.resolvedAt()))
                .bind("ticket", resolved.ticketId().value())
                .bind("number", resolved.occurrenceNumber())
                .execute());
        if (updated == 0) {
            throw new NotFoundException("No error occurrence " + resolved.occurrenceNumber() + " for ticket "
                    + resolved.ticketId());
        }
    }

    @Override
    public List<ErrorOccurrence> findAll(TicketId ticketId) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM error_occurrences WHERE ticket_id = :ticket"
                        + " ORDER BY occurrence_number")
                .bind("ticket", ticketId.value()).map((rs, ctx) -> map(rs)).list());
    }

    private static ErrorOccurrence map(ResultSet rs) throws SQLException {
        String kind = rs.getString("resolution");
        Optional<ErrorOccurrence.Resolution> resolution = kind == null ? Optional.empty()
                : Optional.of(new ErrorOccurrence.Resolution(ErrorResolution.valueOf(kind),
                        TicketStatus.valueOf(rs.getString("resumed_to")), Timestamps.parse(rs.getString("resolved_at"))));
        return new ErrorOccurrence(new TicketId(rs.getLong("ticket_id")), rs.getInt("occurrence_number"),
                TicketStatus.valueOf(rs.getString("blocked_from")), SettingsDocuments.blockingError(rs.getString("error")),
                Timestamps.parse(rs.getString("occurred_at")), resolution);
    }
}
