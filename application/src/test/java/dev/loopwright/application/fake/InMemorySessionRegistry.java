package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.session.SessionState;
import dev.loopwright.domain.ticket.TicketId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The session-registry port kept in memory, for tests. */
public final class InMemorySessionRegistry implements SessionRegistry {
    private final Map<String, OwnedSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void save(OwnedSession session) {
        OwnedSession existing = sessions.get(session.sessionId());
        // The first record's creation time stays, as a store keeps the row it inserted.
        sessions.put(session.sessionId(), existing == null ? session
                : new OwnedSession(session.sessionId(), session.owner(), session.state(), existing.createdAt(),
                        session.updatedAt()));
    }

    @Override
    public synchronized Optional<OwnedSession> findActive(SessionOwner owner) {
        return sessions.values().stream()
                .filter(s -> s.owner().equals(owner) && s.state() == SessionState.ACTIVE)
                .reduce((older, newer) -> newer);
    }

    @Override
    public synchronized Optional<OwnedSession> findById(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public synchronized List<OwnedSession> findAll(TicketId ticketId) {
        return sessions.values().stream().filter(s -> s.owner().ticketId().equals(ticketId)).toList();
    }

    @Override
    public synchronized int deleteAll(TicketId ticketId) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.owner().ticketId().equals(ticketId));
        return before - sessions.size();
    }
}
