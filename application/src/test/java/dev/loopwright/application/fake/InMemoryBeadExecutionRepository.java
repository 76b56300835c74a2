package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.domain.ticket.TicketId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Bead execution states in a map; the states are immutable, so storing them as they are is a faithful copy. */
public final class InMemoryBeadExecutionRepository implements BeadExecutionRepository {
    private final Map<TicketId, BeadExecutionState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<BeadExecutionState> find(TicketId ticketId) {
        return Optional.ofNullable(states.get(ticketId));
    }

    @Override
    public void save(TicketId ticketId, BeadExecutionState state) {
        states.put(ticketId, state);
    }

    @Override
    public int delete(TicketId ticketId) {
        return states.remove(ticketId) == null ? 0 : 1;
    }
}
