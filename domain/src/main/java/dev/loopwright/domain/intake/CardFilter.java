package dev.loopwright.domain.intake;

import java.util.Objects;
import java.util.Optional;

/** Which board cards a list shows; the filters given combine with AND. */
public record CardFilter(Optional<IntakeProjectId> projectId, Optional<BoardListId> listId) {
    public CardFilter {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(listId, "listId");
    }
}
