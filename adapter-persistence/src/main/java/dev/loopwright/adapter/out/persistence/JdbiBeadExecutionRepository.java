package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.execution.BeadExecutionJson;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Clock;
import java.util.Optional;

/** Bead execution states in the {@code bead_execution} table, one JSON document per ticket. */
final class JdbiBeadExecutionRepository implements BeadExecutionRepository {
    private final Database db;
    private final Clock clock;

    JdbiBeadExecutionRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<BeadExecutionState> find(TicketId ticketId) {
        return db.read(h -> h.createQuery("SELECT state_json FROM bead_execution WHERE ticket_id = :ticket")
                .bind("ticket", ticketId.value()).mapTo(String.class).findOne()).map(BeadExecutionJson::read);
    }

    @Override
    public void save(TicketId ticketId, BeadExecutionState state) {
        String json = BeadExecutionJson.write(state);
        db.write(h -> h.createUpdate("INSERT INTO bead_execution (ticket_id, state_json, updated_at)"
                        + " VALUES (:ticket, :state, :at)"
                        + " ON CONFLICT (ticket_id) DO UPDATE SET state_json = excluded.state_json,"
                        + " updated_at = excluded.updated_at")
                .bind("ticket", ticketId.value()).bind("state", json).bind("at", Timestamps.format(clock.instant()))
                .execute());
    }

    @Override
    public int delete(TicketId ticketId) {
        return db.write(h -> h.createUpdate("DELETE FROM bead_execution WHERE ticket_id = :ticket")
                .bind("ticket", ticketId.value()).execute());
    }
}
