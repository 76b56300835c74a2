package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Attachment;
import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardLabel;
import dev.loopwright.domain.intake.ChecklistItem;
import dev.loopwright.domain.intake.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A card to add at the end of a board list. */
public record NewCardCommand(OrganisationId organisation, BoardListId listId, String title,
        Optional<String> description, List<CardLabel> labels, Optional<LocalDate> dueDate,
        List<ChecklistItem> checklist, List<Attachment> attachments, Optional<String> authorName) {
    public NewCardCommand {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(description, "description");
        labels = List.copyOf(labels);
        Objects.requireNonNull(dueDate, "dueDate");
        checklist = List.copyOf(checklist);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(authorName, "authorName");
    }
}
