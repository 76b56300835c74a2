package dev.loopwright.domain.workflow;

import java.util.Objects;

/** What the state machine decided about an event: a new state, or a rejection that says why. */
public sealed interface TransitionResult permits TransitionResult.Accepted, TransitionResult.Rejected {

    /**
     * The event was applied. {@code from == to} for a self-transition, which enters nothing, and for a planning
     * restart in the status it restarts at, which enters it again.
     *
     * @param entered whether the ticket entered {@code to}, so that status's work starts (again)
     */
    record Accepted(TicketStatus from, TicketStatus to, WorkflowState state, boolean entered)
            implements TransitionResult {
        public Accepted {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(state, "state");
            if (from != to && !entered) {
                throw new IllegalArgumentException("a change of status always enters the new one");
            }
        }
    }

    /** The event is not allowed now; nothing changed. */
    record Rejected(TicketStatus status, TicketEventType event, String reason) implements TransitionResult {
        public Rejected {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
