package dev.loopwright.application.port.in;

import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Objects;

/** One line of a ticket's execution log, as readers see it. */
public record TicketLogEntry(Instant at, TicketStatus phase, Level level, String message) {
    public enum Level { INFO, WARN, ERROR }

    public TicketLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }
}
