package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.StatusHistoryRepository;
import dev.loopwright.domain.ticket.StatusChange;
import dev.loopwright.domain.ticket.TicketId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The status-history port kept in memory, for tests. */
public final class InMemoryStatusHistoryRepository implements StatusHistoryRepository {
    private final List<StatusChange> changes = new CopyOnWriteArrayList<>();

    @Override
    public void append(StatusChange change) {
        changes.add(change);
    }

    @Override
    public List<StatusChange> findAll(TicketId ticketId) {
        return changes.stream().filter(c -> c.ticketId().equals(ticketId)).toList();
    }
}
