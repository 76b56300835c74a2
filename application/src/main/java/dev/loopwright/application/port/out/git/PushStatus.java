package dev.loopwright.application.port.out.git;

/** The outcome of pushing one branch. */
public enum PushStatus {
    /** The remote branch was created or moved to our commit. */
    PUSHED,
    /** The remote branch already pointed at our commit. */
    UP_TO_DATE,
    /** The remote branch has commits we do not have; a fast-forward-only push cannot replace it. */
    REJECTED_NON_FAST_FORWARD,
    /** The remote branch moved since we last saw it; a lease-protected push refused to overwrite it. */
    REJECTED_STALE,
    /** The remote refused for its own reasons (a hook, a protected branch); see the message. */
    REJECTED_BY_REMOTE;

    public boolean isSuccess() {
        return this == PUSHED || this == UP_TO_DATE;
    }
}
