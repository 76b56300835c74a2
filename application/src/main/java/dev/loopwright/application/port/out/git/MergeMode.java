package dev.loopwright.application.port.out.git;

/** Whether merging a ticket branch may just move the base branch forward. */
public enum MergeMode {
    /** Fast-forward when the base has not moved since the ticket forked, otherwise create a merge commit. */
    FAST_FORWARD_WHEN_POSSIBLE,
    /** Always create a merge commit, so the ticket stays visible as one unit in the history. */
    ALWAYS_MERGE_COMMIT
}
