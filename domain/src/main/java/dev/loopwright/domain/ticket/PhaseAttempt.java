package dev.loopwright.domain.ticket;

import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One try at a phase. Every artifact belongs to an attempt; retrying or restarting a phase archives the
 * attempt, so earlier versions stay readable and counters (such as coverage passes) start afresh.
 */
public record PhaseAttempt(
        TicketId ticketId,
        TicketStatus phase,
        int attemptNumber,
        AttemptState state,
        Optional<ArchiveReason> archiveReason,
        Instant createdAt,
        Optional<Instant> archivedAt) {

    public PhaseAttempt {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(archiveReason, "archiveReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(archivedAt, "archivedAt");
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, got " + attemptNumber);
        }
        boolean archived = state == AttemptState.ARCHIVED;
        if (archived != archiveReason.isPresent() || archived != archivedAt.isPresent()) {
            throw new IllegalArgumentException("an archived attempt, and only an archived one, has a reason and a time");
        }
    }

    public static PhaseAttempt first(TicketId ticketId, TicketStatus phase, Instant now) {
        return active(ticketId, phase, 1, now);
    }

    public static PhaseAttempt active(TicketId ticketId, TicketStatus phase, int attemptNumber, Instant now) {
        return new PhaseAttempt(ticketId, phase, attemptNumber, AttemptState.ACTIVE, Optional.empty(), now,
                Optional.empty());
    }

    public boolean isActive() {
        return state == AttemptState.ACTIVE;
    }

    public PhaseAttempt archive(ArchiveReason reason, Instant now) {
        if (!isActive()) {
            throw new IllegalStateException("attempt " + attemptNumber + " of " + phase + " is already archived");
        }
        return new PhaseAttempt(ticketId, phase, attemptNumber, AttemptState.ARCHIVED, Optional.of(reason),
                createdAt, Optional.of(now));
    }

    /** The attempt that replaces this one once it is archived. */
    public PhaseAttempt next(Instant now) {
        return active(ticketId, phase, attemptNumber + 1, now);
    }
}
