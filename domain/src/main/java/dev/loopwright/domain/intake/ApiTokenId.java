package dev.loopwright.domain.intake;

/** The id of a developer-API token (never the secret itself). An opaque string; see {@link IntakeIds} for what it may contain. */
public record ApiTokenId(String value) {
    public ApiTokenId {
        IntakeIds.check("token id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
