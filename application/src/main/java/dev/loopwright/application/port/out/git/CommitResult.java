package dev.loopwright.application.port.out.git;

import java.util.List;
import java.util.Objects;

/** What committing an explicit list of paths did. */
public sealed interface CommitResult {

    /** A new commit on the ticket branch holding exactly the listed paths' changes. */
    record Committed(CommitId commit, List<String> paths) implements CommitResult {
        public Committed {
            Objects.requireNonNull(commit, "commit");
            paths = List.copyOf(paths);
        }
    }

    /** The listed paths are the same as in the head commit; nothing was written. */
    record NothingToCommit(CommitId head) implements CommitResult {
        public NothingToCommit {
            Objects.requireNonNull(head, "head");
        }
    }
}
