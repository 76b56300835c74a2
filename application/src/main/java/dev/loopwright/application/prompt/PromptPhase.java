package dev.loopwright.application.prompt;

import static dev.loopwright.application.prompt.ContextKey.BEADS;
import static dev.loopwright.application.prompt.ContextKey.BEADS_DRAFT;
import static dev.loopwright.application.prompt.ContextKey.BEAD_DATA;
import static dev.loopwright.application.prompt.ContextKey.BEAD_NOTES;
import static dev.loopwright.application.prompt.ContextKey.DRAFTS;
import static dev.loopwright.application.prompt.ContextKey.EXECUTION_SETUP_NOTES;
import static dev.loopwright.application.prompt.ContextKey.EXECUTION_SETUP_PLAN;
import static dev.loopwright.application.prompt.ContextKey.FULL_ANSWERS;
import static dev.loopwright.application.prompt.ContextKey.INTERVIEW;
import static dev.loopwright.application.prompt.ContextKey.PRD;
import static dev.loopwright.application.prompt.ContextKey.RELEVANT_FILES;
import static dev.loopwright.application.prompt.ContextKey.TICKET_DETAILS;
import static dev.loopwright.application.prompt.ContextKey.USER_ANSWERS;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which context each kind of prompt may see. Later phases see approved artifacts, never earlier transcripts,
 * so a model works only from what the user reviewed.
 */
public enum PromptPhase {
    RELEVANT_FILES_SCAN(EnumSet.of(TICKET_DETAILS)),
    INTERVIEW_DRAFT(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES)),
    INTERVIEW_VOTE(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, DRAFTS)),
    INTERVIEW_REFINE(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, DRAFTS)),
    INTERVIEW_QA(EnumSet.of(TICKET_DETAILS)),
    INTERVIEW_COVERAGE(EnumSet.of(TICKET_DETAILS, USER_ANSWERS, INTERVIEW)),
    PRD_DRAFT(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, FULL_ANSWERS)),
    PRD_VOTE(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, INTERVIEW, DRAFTS)),
    PRD_REFINE(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, FULL_ANSWERS, DRAFTS)),
    PRD_COVERAGE(EnumSet.of(FULL_ANSWERS, PRD)),
    BEADS_BLUEPRINT(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, PRD)),
    BEADS_VOTE(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, PRD, DRAFTS)),
    BEADS_REFINE(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, PRD, DRAFTS)),
    BEADS_COVERAGE(EnumSet.of(PRD, BEADS)),
    BEADS_EXPAND(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, PRD, BEADS_DRAFT)),
    EXECUTION_SETUP(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, PRD, BEADS, EXECUTION_SETUP_PLAN, EXECUTION_SETUP_NOTES)),
    /** Feedback intake: a developer ticket from a feedback item or board card (the item is the ticket details). */
    FEEDBACK_TICKET(EnumSet.of(TICKET_DETAILS)),
    /** A PRD council member answers the interview's skipped questions for itself, before it drafts. */
    PRD_FULL_ANSWERS(EnumSet.of(TICKET_DETAILS, RELEVANT_FILES, INTERVIEW)),
    /** Pre-flight's "reply OK" prompt: no context at all, the working copy is what it looks at. */
    EXECUTION_CAPABILITY_PROBE(EnumSet.noneOf(ContextKey.class)),
    /** One coding iteration: the bead's contract and the notes of earlier attempts, nothing else (no PRD, no transcript). */
    BEAD_CODING(EnumSet.of(BEAD_DATA, BEAD_NOTES));

    private final Set<ContextKey> allowed;

    PromptPhase(Set<ContextKey> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    public Set<ContextKey> allowed() {
        return allowed;
    }
}
