package dev.loopwright.domain.workflow;

/** The closed set of conditions a transition may depend on. Guards read state, never perform effects. */
public enum Guard {
    ALWAYS("always"),
    ALL_BEADS_COMPLETE("every bead of the plan is complete"),
    MANUAL_QA_ENABLED("manual QA is enabled for this ticket"),
    /** RETRY and CONTINUE return to the status that failed; the rule's target must be that status. */
    PREVIOUS_STATUS_IS_TARGET("the ticket failed in the target status"),
    /** A revision restarts a blocked ticket only when it failed in work the edited document invalidates. */
    FAILED_IN_REVISED_PLANNING("the ticket failed in planning that the edited document invalidates");

    private final String meaning;

    Guard(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    boolean allows(WorkflowState state, TicketEvent event, TicketStatus target) {
        switch (this) {
            case ALWAYS:
                return true;
            case ALL_BEADS_COMPLETE:
                BeadProgress progress = event instanceof TicketEvent.BeadComplete
                        ? ((TicketEvent.BeadComplete) event).progress()
                        : state.beadProgress();
                return progress.allComplete();
            case MANUAL_QA_ENABLED:
                return state.lockedSettings().map(LockedSettings::manualQaEnabled).orElse(false);
            case PREVIOUS_STATUS_IS_TARGET:
                return state.previousStatus().filter(target::equals).isPresent();
            case FAILED_IN_REVISED_PLANNING:
                return PlanningRevision.of(event.type()).map(revision -> revision.restartsFrom(state)).orElse(false);
            default:
                throw new IllegalStateException("unhandled guard " + this);
        }
    }
}
