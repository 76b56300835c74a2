package dev.loopwright.application.prompt;

import java.util.Locale;

/**
 * The kinds of context a prompt can carry, declared in the order they are dropped when a prompt is over its
 * budget: the first is the most expendable. Ticket details are never dropped.
 */
public enum ContextKey {
    ERROR_CONTEXT,
    BEAD_NOTES,
    EXECUTION_SETUP_NOTES,
    FINAL_TEST_NOTES,
    USER_ANSWERS,
    TESTS,
    VOTES,
    DRAFTS,
    FULL_ANSWERS,
    BEADS_DRAFT,
    BEADS,
    INTERVIEW,
    PRD,
    RELEVANT_FILES,
    EXECUTION_SETUP_PLAN,
    /** The one bead a coding agent implements: its contract, never the rest of the plan. */
    BEAD_DATA,
    TICKET_DETAILS;

    /** The heading the part gets in the prompt, e.g. {@code relevant_files}. */
    public String heading() {
        return name().toLowerCase(Locale.ROOT);
    }
}
