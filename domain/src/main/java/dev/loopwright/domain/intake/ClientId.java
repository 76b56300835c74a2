package dev.loopwright.domain.intake;

/** The id of a client, the customer a set of projects belongs to. An opaque string; see {@link IntakeIds} for what it may contain. */
public record ClientId(String value) {
    public ClientId {
        IntakeIds.check("client id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
