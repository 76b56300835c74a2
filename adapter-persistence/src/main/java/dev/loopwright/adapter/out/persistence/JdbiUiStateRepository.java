package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.PayloadTooLargeException;
import dev.loopwright.application.port.out.UiStateRepository;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import dev.loopwright.domain.ticket.UiStateWrite;
import dev.loopwright.domain.ticket.UiStateWriteResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Ui state; the compare-and-set is decided by the domain inside one IMMEDIATE transaction. */
final class JdbiUiStateRepository implements UiStateRepository {
    private final Database db;

    JdbiUiStateRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<UiState> find(TicketId ticketId, UiStateScope scope) {
        return db.read(h -> find(h, ticketId, scope));
    }

    @Override
    public UiStateWriteResult write(UiStateWrite write) {
        if (write.exceedsPayloadLimit()) {
            throw new PayloadTooLargeException("UI state is larger than " + UiStateWrite.MAX_PAYLOAD_BYTES + " bytes");
        }
        return db.write(h -> {
            UiStateWriteResult result = write.decide(find(h, write.ticketId(), write.scope()));
            if (result instanceof UiStateWriteResult.Written) {
                UiState state = ((UiStateWriteResult.Written) result).state();
                h.createUpdate("INSERT INTO ui_states (ticket_id, scope, data, revision, last_action_id,"
                                + " last_write_fingerprint, updated_at) VALUES (:ticket, :scope, :data, :revision,"
                                + " :action, :fingerprint, :updated) ON CONFLICT (ticket_id, scope) DO UPDATE SET"
                                + " data = excluded.data, revision = excluded.revision,"
                                + " last_action_id = excluded.last_action_id,"
                                + " last_write_fingerprint = excluded.last_write_fingerprint,"
                                + " updated_at = excluded.updated_at")
                        .bind("ticket", state.ticketId().value())
                        .bind("scope", state.scope().value())
                        .bind("data", state.dataJson())
                        .bind("revision", state.revision())
                        .bind("action", state.lastActionId())
                        .bind("fingerprint", state.lastWriteFingerprint())
                        .bind("updated", Timestamps.format(state.updatedAt()))
                        .execute();
            }
            return result;
        });
    }

    private static Optional<UiState> find(Handle h, TicketId ticketId, UiStateScope scope) {
        return h.createQuery("SELECT ticket_id, scope, data, revision, last_action_id, last_write_fingerprint,"
                        + " updated_at FROM ui_states WHERE ticket_id = :ticket AND scope = :scope")
                .bind("ticket", ticketId.value()).bind("scope", scope.value())
                .map((rs, ctx) -> map(rs)).findOne();
    }

    private static UiState map(ResultSet rs) throws SQLException {
        return new UiState(new TicketId(rs.getLong("ticket_id")), new UiStateScope(rs.getString("scope")),
                rs.getString("data"), rs.getLong("revision"), rs.getString("last_action_id"),
                rs.getString("last_write_fingerprint"), Timestamps.parse(rs.getString("updated_at")));
    }
}
