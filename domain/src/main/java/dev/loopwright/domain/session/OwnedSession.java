package dev.loopwright.domain.session;

import java.time.Instant;
import java.util.Objects;

/** A model-runtime session recorded with its owner, so it can be found, continued or cleaned up after a restart. */
public record OwnedSession(String sessionId, SessionOwner owner, SessionState state, Instant createdAt,
        Instant updatedAt) {
    public OwnedSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (sessionId.isBlank()) {
            throw new IllegalArgumentException("a session id is not blank");
        }
    }

    public OwnedSession withState(SessionState newState, Instant now) {
        return new OwnedSession(sessionId, owner, newState, createdAt, now);
    }
}
