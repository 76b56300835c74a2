package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import java.util.Objects;
import java.util.Optional;

/** A triage edit of a feedback item: each field given replaces the stored one. */
public record FeedbackChanges(Optional<FeedbackStatus> status, Optional<String> title, Optional<String> description,
        Optional<FeedbackType> type) {
    public FeedbackChanges {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
    }

    public boolean isEmpty() {
        return status.isEmpty() && title.isEmpty() && description.isEmpty() && type.isEmpty();
    }
}
