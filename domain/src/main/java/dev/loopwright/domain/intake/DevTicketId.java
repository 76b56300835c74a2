package dev.loopwright.domain.intake;

/** The id of a developer ticket. An opaque string; see {@link IntakeIds} for what it may contain. */
public record DevTicketId(String value) {
    public DevTicketId {
        IntakeIds.check("ticket id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
