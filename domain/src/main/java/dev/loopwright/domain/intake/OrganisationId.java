package dev.loopwright.domain.intake;

/** The id of an organisation, the scope of every developer-API token. An opaque string; see {@link IntakeIds} for what it may contain. */
public record OrganisationId(String value) {
    public OrganisationId {
        IntakeIds.check("organisation id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
