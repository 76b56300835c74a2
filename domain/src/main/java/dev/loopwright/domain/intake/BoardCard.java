package dev.loopwright.domain.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A card on a board list: the board project's unit of work, and a possible source of a developer ticket. */
public record BoardCard(CardId id, OrganisationId organisationId, BoardListId listId, IntakeProjectId projectId,
        String title, Optional<String> description, List<CardLabel> labels, Optional<LocalDate> dueDate,
        List<ChecklistItem> checklist, List<Attachment> attachments, Optional<String> authorName, int position,
        Instant createdAt, Instant updatedAt) {

    public BoardCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(projectId, "projectId");
        title = Texts.required("title", title, FeedbackItem.MAX_TITLE);
        Objects.requireNonNull(description, "description");
        description.ifPresent(value -> Texts.limited("description", value, FeedbackItem.MAX_DESCRIPTION));
        labels = List.copyOf(labels);
        Objects.requireNonNull(dueDate, "dueDate");
        checklist = List.copyOf(checklist);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(authorName, "authorName");
        if (position < 0) {
            throw new IllegalArgumentException("a position is not negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
