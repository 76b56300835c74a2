package dev.loopwright.application.setup;

import dev.loopwright.domain.workflow.TicketStatus;

/**
 * Where the execution setup plan lives: everything in the active attempt of its gate, so a regeneration (which
 * archives the attempt and opens the next) starts from a clean slate and the old plan stays readable in history.
 */
public final class SetupPlanArtifacts {
    /** The status whose active attempt holds the plan. */
    public static final TicketStatus HOME = TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;
    /** The canonical plan, as {@link SetupPlanJson}: what the person reviews and approves by its hash. */
    public static final String PLAN = SetupPlanJson.ARTIFACT;
    /** One per drafting, kept for diagnosis: status, errors, warnings and the model's raw replies. */
    public static final String REPORT = "execution_setup_plan_report";
    /** The user's commentary across regenerations, oldest first: {@code {"notes": [...]}}. */
    public static final String NOTES = "execution_setup_plan_notes";
    /** The plan a regeneration replaces, handed to the model with the notes. */
    public static final String PREVIOUS = "execution_setup_plan_previous";
    /** One per approval, with the hash approved and the plan's counts. */
    public static final String APPROVAL_RECEIPT = "approval_receipt";
    /** One per edit by the user, with the hashes before and after. */
    public static final String EDIT_RECEIPT = "user_edit_receipt:execution_setup_plan";

    private SetupPlanArtifacts() {
    }
}
