package dev.loopwright.domain.workflow;

import java.util.Objects;

/** One row of the transition table: in {@code from}, {@code event} leads to {@code to} when {@code guard} holds. */
public record TransitionRule(TicketStatus from, TicketEventType event, Guard guard, TicketStatus to) {
    public TransitionRule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(to, "to");
    }

    public boolean isSelfTransition() {
        return from == to;
    }
}
