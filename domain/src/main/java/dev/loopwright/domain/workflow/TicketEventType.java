package dev.loopwright.domain.workflow;

/**
 * The closed set of things that can happen to a ticket. The reference's REGENERATE_EXECUTION_SETUP_PLAN
 * is left out on purpose: it was declared but never sent (regeneration is a user action on the plan,
 * not a status change).
 */
public enum TicketEventType {
    START,
    INIT_FAILED,
    RELEVANT_FILES_READY,
    QUESTIONS_READY,
    WINNER_SELECTED,
    READY,
    BATCH_ANSWERED,
    INTERVIEW_COMPLETE,
    SKIP_ALL_TO_APPROVAL,
    COVERAGE_CLEAN,
    GAPS_FOUND,
    COVERAGE_LIMIT_REACHED,
    DRAFTS_READY,
    REFINED,
    EXPANDED,
    APPROVE,
    CHECKS_PASSED,
    CHECKS_FAILED,
    EXECUTION_SETUP_PLAN_READY,
    EXECUTION_SETUP_PLAN_FAILED,
    APPROVE_EXECUTION_SETUP_PLAN,
    EXECUTION_SETUP_READY,
    EXECUTION_SETUP_FAILED,
    BEAD_COMPLETE,
    ALL_BEADS_DONE,
    BEAD_ERROR,
    TESTS_PASSED,
    TESTS_FAILED,
    QA_CHECKLIST_READY,
    MANUAL_QA_COMPLETE,
    MANUAL_QA_SKIPPED,
    MANUAL_QA_FIXES_CREATED,
    INTEGRATION_DONE,
    PULL_REQUEST_READY,
    MERGE_COMPLETE,
    CLOSE_UNMERGED_COMPLETE,
    CLEANUP_DONE,
    /** The approved interview was edited: planning restarts at DRAFTING_PRD (see {@link PlanningRevision}). */
    INTERVIEW_REVISED,
    /** The approved PRD was edited: planning restarts at DRAFTING_BEADS (see {@link PlanningRevision}). */
    PRD_REVISED,
    CANCEL,
    RETRY,
    CONTINUE,
    ERROR;

    /** Events that block the ticket and carry a message, error codes and optional diagnostics. */
    public boolean isFailure() {
        switch (this) {
            case INIT_FAILED:
            case CHECKS_FAILED:
            case EXECUTION_SETUP_PLAN_FAILED:
            case EXECUTION_SETUP_FAILED:
            case BEAD_ERROR:
            case TESTS_FAILED:
            case ERROR:
                return true;
            default:
                return false;
        }
    }

    /** Events that send planning back to redo what an edited document invalidated, re-entering their target. */
    public boolean restartsPlanning() {
        return this == INTERVIEW_REVISED || this == PRD_REVISED;
    }

    /** Events that only signal something happened and carry no payload. */
    public boolean isSignal() {
        return !isFailure() && this != START && this != BEAD_COMPLETE;
    }
}
