package dev.loopwright.domain.ticket;

/** The storage id of a ticket. */
public record TicketId(long value) {
    public TicketId {
        if (value <= 0) {
            throw new IllegalArgumentException("a ticket id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
