package dev.loopwright.domain.workflow;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An approved planning document edited after its approval, and how far planning goes back for it. Editing is
 * allowed until execution begins; the work planned from the old version is set aside and redone.
 */
public enum PlanningRevision {
    INTERVIEW(TicketStatus.WAITING_INTERVIEW_APPROVAL, TicketStatus.DRAFTING_PRD, TicketEventType.INTERVIEW_REVISED),
    PRD(TicketStatus.WAITING_PRD_APPROVAL, TicketStatus.DRAFTING_BEADS, TicketEventType.PRD_REVISED);

    private final TicketStatus gate;
    private final TicketStatus restartAt;
    private final TicketEventType event;
    private final Set<TicketStatus> invalidated;

    PlanningRevision(TicketStatus gate, TicketStatus restartAt, TicketEventType event) {
        this.gate = gate;
        this.restartAt = restartAt;
        this.event = event;
        this.invalidated = Collections.unmodifiableSet(EnumSet.range(restartAt, TicketStatus.WAITING_BEADS_APPROVAL));
    }

    /** Where the document is approved; an edit there is a plain save. */
    public TicketStatus gate() {
        return gate;
    }

    public TicketStatus restartAt() {
        return restartAt;
    }

    public TicketEventType event() {
        return event;
    }

    /** The statuses whose work an edit invalidates: from the restart up to the last approval before execution. */
    public Set<TicketStatus> invalidated() {
        return invalidated;
    }

    /** Whether an edit now restarts planning: the ticket is (or failed) in work this document was input to. */
    public boolean restartsFrom(WorkflowState state) {
        return invalidated.contains(state.effectiveStatus());
    }

    public static Optional<PlanningRevision> of(TicketEventType event) {
        return Arrays.stream(values()).filter(revision -> revision.event == event).findFirst();
    }
}
