package dev.loopwright.application.port.out.git;

/** How a push may change the remote branch. */
public enum PushMode {
    /** Only when the remote branch is missing or an ancestor of ours. */
    FAST_FORWARD_ONLY,
    /**
     * Replace the remote branch (after a squash), but only if it is still where our last fetch or push saw it,
     * so someone else's push is never lost.
     */
    FORCE_WITH_LEASE
}
