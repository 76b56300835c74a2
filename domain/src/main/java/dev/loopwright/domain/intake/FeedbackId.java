package dev.loopwright.domain.intake;

/** The id of a feedback item. An opaque string; see {@link IntakeIds} for what it may contain. */
public record FeedbackId(String value) {
    public FeedbackId {
        IntakeIds.check("feedback id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
