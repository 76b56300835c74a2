package dev.loopwright.domain.ticket;

import java.util.Locale;

/** Why a phase attempt stopped being the active one. */
public enum ArchiveReason {
    /** The user retried the phase after it blocked. */
    MANUAL_RETRY_AFTER_BLOCKED_ERROR,
    /** An approved planning artifact was edited, so everything planned from it is redone. */
    PLANNING_RESTART,
    /** The user asked for a new execution setup plan. */
    EXECUTION_SETUP_REGENERATED,
    /** The setup plan changed while the workspace was being prepared, so preparation starts over. */
    EXECUTION_SETUP_REWIND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
