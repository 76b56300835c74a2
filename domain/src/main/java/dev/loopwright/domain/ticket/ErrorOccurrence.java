package dev.loopwright.domain.ticket;

import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.ErrorResolution;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One time a ticket blocked: opened on entering BLOCKED_ERROR, resolved when it leaves. */
public record ErrorOccurrence(
        TicketId ticketId,
        int occurrenceNumber,
        TicketStatus blockedFrom,
        BlockingError error,
        Instant occurredAt,
        Optional<Resolution> resolution) {

    /** How and when the block ended, and where the ticket went. */
    public record Resolution(ErrorResolution kind, TicketStatus resumedTo, Instant resolvedAt) {
        public Resolution {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(resumedTo, "resumedTo");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
        }
    }

    public ErrorOccurrence {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(blockedFrom, "blockedFrom");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(resolution, "resolution");
        if (occurrenceNumber < 1) {
            throw new IllegalArgumentException("occurrence numbers start at 1, got " + occurrenceNumber);
        }
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }

    public ErrorOccurrence resolve(ErrorResolution kind, TicketStatus resumedTo, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("error occurrence " + occurrenceNumber + " is already resolved");
        }
        return new ErrorOccurrence(ticketId, occurrenceNumber, blockedFrom, error, occurredAt,
                Optional.of(new Resolution(kind, resumedTo, now)));
    }
}
