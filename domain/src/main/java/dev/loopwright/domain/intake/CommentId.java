package dev.loopwright.domain.intake;

/** The id of a comment on a feedback item or a board card. An opaque string; see {@link IntakeIds} for what it may contain. */
public record CommentId(String value) {
    public CommentId {
        IntakeIds.check("comment id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
