package dev.loopwright.application.port.out.git;

import java.util.List;
import java.util.Objects;

/** What replaying a bead branch's commits onto the ticket branch did; only {@link Replayed} wrote anything. */
public sealed interface ReplayResult {

    /** The ticket branch now points at {@code newHead}, with one new commit per replayed commit. */
    record Replayed(CommitId newHead, int commits) implements ReplayResult {
        public Replayed {
            Objects.requireNonNull(newHead, "newHead");
        }
    }

    /** Every change is already on the ticket branch (replayed before, or there was nothing to replay). */
    record NothingToReplay(CommitId head) implements ReplayResult {
        public NothingToReplay {
            Objects.requireNonNull(head, "head");
        }
    }

    /** The ticket branch changed these paths since the bead forked, incompatibly; nothing was written. */
    record Conflicted(List<String> paths) implements ReplayResult {
        public Conflicted {
            paths = List.copyOf(paths);
        }
    }
}
