package dev.loopwright.application.port.out;

import dev.loopwright.domain.session.OwnedSession;
import dev.loopwright.domain.session.SessionOwner;
import dev.loopwright.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** The model-runtime sessions Loopwright opened, by owner. */
public interface SessionRegistry {

    /** Records a session, or stores a changed state for one already recorded. */
    void save(OwnedSession session);

    /** The newest active session of exactly this owner. */
    Optional<OwnedSession> findActive(SessionOwner owner);

    Optional<OwnedSession> findById(String sessionId);

    /** A ticket's sessions, oldest first. */
    List<OwnedSession> findAll(TicketId ticketId);

    /** Forgets every session of the ticket; returns how many. */
    int deleteAll(TicketId ticketId);
}
