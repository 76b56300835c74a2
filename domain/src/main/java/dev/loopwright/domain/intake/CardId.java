package dev.loopwright.domain.intake;

/** The id of a board card. An opaque string; see {@link IntakeIds} for what it may contain. */
public record CardId(String value) {
    public CardId {
        IntakeIds.check("card id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
