package dev.loopwright.domain.intake;

import java.util.Objects;

/** A feedback item or a board card, named by type and id: what a ticket comes from, what a comment is on. */
public record SourceRef(SourceType type, String id) {
    public SourceRef {
        Objects.requireNonNull(type, "type");
        IntakeIds.check(type == SourceType.FEEDBACK ? "feedback id" : "card id", id);
    }

    public static SourceRef feedback(FeedbackId id) {
        return new SourceRef(SourceType.FEEDBACK, id.value());
    }

    public static SourceRef card(CardId id) {
        return new SourceRef(SourceType.BOARD_CARD, id.value());
    }
}
