package dev.loopwright.application.prd;

import dev.loopwright.domain.workflow.TicketStatus;

/**
 * Where the PRD phase keeps its artifacts. The council's own ({@code prd_drafts}, {@code prd_votes},
 * {@code prd_refinement}) follow {@link dev.loopwright.application.council.CouncilArtifacts}. Each member's full
 * answers live in the draft status's attempt; candidate v1 in the refine status's; later candidates, the audit of each
 * pass, each revision and the document the gate reviews in the coverage status's attempt (the gate's own attempt is
 * only made when the ticket gets there); the approval receipt in the gate's attempt.
 */
public final class PrdArtifacts {
    /** The status whose active attempt holds the PRD under review, as the interview's HOME does. */
    public static final TicketStatus HOME = TicketStatus.VERIFYING_PRD_COVERAGE;
    public static final TicketStatus GATE = TicketStatus.WAITING_PRD_APPROVAL;
    /** Every member's full answers, as a JSON object from member to canonical interview YAML. */
    public static final String FULL_ANSWERS = "prd_full_answers";
    /** The document the gate reviews and later phases read, as {@link PrdYaml}. */
    public static final String DOCUMENT = "prd";
    /** One per audit, and one per fix at the gate, in HOME. */
    public static final String COVERAGE = "prd_coverage";
    /** One per revision, in HOME: the gaps, the reviser's accounting, the versions before and after. */
    public static final String REVISION = "prd_coverage_revision";
    public static final String APPROVAL_RECEIPT = "approval_receipt";
    private static final String CANDIDATE = "prd_candidate_v";

    private PrdArtifacts() {
    }

    /** PRD candidate version {@code n}, as {@link PrdYaml}: v1 in the refine status's attempt, later ones in HOME. */
    public static String candidate(int version) {
        return CANDIDATE + version;
    }
}
