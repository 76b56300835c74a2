package dev.loopwright.domain.intake;

import java.util.Objects;
import java.util.Optional;

/** Which feedback items a list shows; the filters given combine with AND. */
public record FeedbackFilter(Optional<IntakeProjectId> projectId, Optional<FeedbackStatus> status,
        Optional<FeedbackType> type) {
    public FeedbackFilter {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
    }

    public static FeedbackFilter none() {
        return new FeedbackFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
