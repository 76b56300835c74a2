package dev.loopwright.application.port.out.git;

import java.util.Objects;

/** What squashing a ticket branch's commits since its base did. */
public sealed interface SquashResult {

    /**
     * The branch now holds one commit on top of {@code base} (where it forked from the base branch) with the tree
     * {@code previousHead} had; {@code squashedCommits} commits were replaced.
     */
    record Squashed(CommitId commit, CommitId base, CommitId previousHead, int squashedCommits)
            implements SquashResult {
        public Squashed {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(previousHead, "previousHead");
            if (squashedCommits < 1) {
                throw new IllegalArgumentException("squashedCommits must be positive: " + squashedCommits);
            }
        }
    }

    /** The branch has no changes of its own since the base (no commits, or commits that cancel out). */
    record NothingToSquash(CommitId head) implements SquashResult {
        public NothingToSquash {
            Objects.requireNonNull(head, "head");
        }
    }
}
