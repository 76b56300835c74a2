package dev.loopwright.application.interview;

import dev.loopwright.domain.workflow.TicketStatus;

/**
 * Where the interview keeps its artifacts. The session snapshot, the canonical document and the last turn's error
 * live in the active attempt of WAITING_INTERVIEW_ANSWERS, the status the interview is conducted in, so coverage
 * and the approval gate (which come back to it) read and edit the same copies; the approval receipt lives in the
 * gate's own attempt.
 */
public final class InterviewArtifacts {
    /** The status whose active attempt holds the interview. */
    public static final TicketStatus HOME = TicketStatus.WAITING_INTERVIEW_ANSWERS;
    /** The live {@link dev.loopwright.domain.interview.InterviewSession}, as {@link SessionJson}. */
    public static final String SESSION = "interview_session";
    /** The canonical interview document, as {@link InterviewYaml}: what the gate reviews and later phases read. */
    public static final String DOCUMENT = "interview";
    /** The snapshot before the answers now being processed: what a failed turn goes back to ({@code null} if none). */
    static final String REVERT_POINT = "interview_revert_point";
    /** Why the last interviewer turn failed ({@code null} once a turn succeeds). */
    public static final String ERROR = "interview_error";
    /** One per approval, in the gate's attempt. */
    public static final String APPROVAL_RECEIPT = "approval_receipt";
    /** One per coverage run, in the coverage status's attempt. */
    public static final String COVERAGE = "interview_coverage";

    private InterviewArtifacts() {
    }
}
