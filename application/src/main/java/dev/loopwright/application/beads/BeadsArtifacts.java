package dev.loopwright.application.beads;

import dev.loopwright.domain.workflow.TicketStatus;

/**
 * Where the bead phase keeps its artifacts after the council: the coverage audits and revisions in the attempt of
 * VERIFYING_BEADS_COVERAGE, the final plan in the attempt of EXPANDING_BEADS (its home, which the gate reads and
 * edits, as the interview's gate edits the interview where it was made), and receipts in the gate's own attempt.
 */
public final class BeadsArtifacts {
    public static final TicketStatus COVERAGE_PHASE = TicketStatus.VERIFYING_BEADS_COVERAGE;
    public static final TicketStatus HOME = TicketStatus.EXPANDING_BEADS;
    public static final TicketStatus GATE = TicketStatus.WAITING_BEADS_APPROVAL;
    /** One per audit: which candidate version it read and what it found. */
    public static final String COVERAGE = "beads_coverage";
    /** One per revision: the next candidate version of the blueprint, with the gaps it answers. */
    public static final String COVERAGE_REVISION = "beads_coverage_revision";
    /** The canonical plan, JSON Lines: what the gate shows, edits and approves, and execution runs. */
    public static final String PLAN = "beads";
    /** Plans of other flows (the {@code flow} query parameter), as a JSON object from flow to JSON Lines. */
    public static final String FLOWS = "beads_flows";
    /** How the plan was expanded: from which blueprint version, by whom, with which repairs. */
    public static final String EXPANDED = "beads_expanded";
    public static final String APPROVAL_RECEIPT = "approval_receipt";
    public static final String EDIT_RECEIPT = "user_edit_receipt:beads";

    private BeadsArtifacts() {
    }
}
