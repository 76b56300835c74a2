package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;

/** A column of a board project ("To Do", "In Progress", ...), ordered by a 0-based position. */
public record BoardList(BoardListId id, OrganisationId organisationId, IntakeProjectId projectId, String name,
        int position, Instant createdAt) {
    public BoardList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(projectId, "projectId");
        name = Texts.required("name", name, 200);
        if (position < 0) {
            throw new IllegalArgumentException("a position is not negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
