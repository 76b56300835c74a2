package dev.loopwright.domain.workflow;

/** How a ticket left BLOCKED_ERROR. */
public enum ErrorResolution {
    RETRIED, CONTINUED, CANCELED,
    /** An approved planning document was edited, which restarts planning. */
    REVISED
}
