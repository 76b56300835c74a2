package dev.loopwright.domain.intake;

/** The id of a feedback-intake project (a website or a board), not a workflow project. An opaque string; see {@link IntakeIds} for what it may contain. */
public record IntakeProjectId(String value) {
    public IntakeProjectId {
        IntakeIds.check("project id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
