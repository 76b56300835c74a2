package dev.loopwright.domain.ticket;

import java.util.Objects;
import java.util.Optional;

/** The outcome of a ui-state write. */
public sealed interface UiStateWriteResult
        permits UiStateWriteResult.Written, UiStateWriteResult.Replayed, UiStateWriteResult.Conflict {

    /** The write was applied and produced a new revision. */
    record Written(UiState state) implements UiStateWriteResult {
        public Written {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The same write was already applied; nothing changed and the stored state is returned. */
    record Replayed(UiState state) implements UiStateWriteResult {
        public Replayed {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The client's view is stale (or reused an action id for different data); the current state is returned. */
    record Conflict(Optional<UiState> current) implements UiStateWriteResult {
        public Conflict {
            Objects.requireNonNull(current, "current");
        }
    }
}
