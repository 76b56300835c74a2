package dev.loopwright.application.port.out.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What merging a ticket branch into its base branch did; only {@link Merged} changed anything. */
public sealed interface MergeResult {

    /** The base branch now points at {@code newBaseHead}, by fast-forward or through a new merge commit. */
    record Merged(CommitId newBaseHead, boolean fastForward) implements MergeResult {
        public Merged {
            Objects.requireNonNull(newBaseHead, "newBaseHead");
        }
    }

    /** The base branch already contains every commit of the ticket branch. */
    record AlreadyMerged(CommitId baseHead) implements MergeResult {
        public AlreadyMerged {
            Objects.requireNonNull(baseHead, "baseHead");
        }
    }

    /** Both branches changed these paths incompatibly; nothing was written anywhere. */
    record Conflicted(List<String> paths) implements MergeResult {
        public Conflicted {
            paths = List.copyOf(paths);
        }
    }

    /**
     * The base branch is checked out in {@code checkout}, and uncommitted or untracked files there would be
     * overwritten by the merge; nothing was written. The user commits or stashes them and merges again.
     */
    record BlockedByLocalChanges(Path checkout, List<String> paths) implements MergeResult {
        public BlockedByLocalChanges {
            Objects.requireNonNull(checkout, "checkout");
            paths = List.copyOf(paths);
        }
    }
}
