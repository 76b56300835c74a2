package dev.loopwright.application.intake.generation;

import java.util.Locale;
import java.util.Optional;

/** A developer ticket's priority as the API spells it, with the workflow priority it becomes when promoted. */
public enum TicketPriority {
    LOW(4),
    MEDIUM(3),
    HIGH(2),
    CRITICAL(1);

    private final int workflowPriority;

    TicketPriority(int workflowPriority) {
        this.workflowPriority = workflowPriority;
    }

    /** The workflow ticket's priority: 1 is the most urgent. */
    public int workflowPriority() {
        return workflowPriority;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TicketPriority> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (TicketPriority priority : values()) {
            if (priority.name().equals(wanted)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }
}
