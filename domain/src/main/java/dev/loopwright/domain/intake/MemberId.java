package dev.loopwright.domain.intake;

/** A member's user id (`user_id`), unique within its organisation. An opaque string; see {@link IntakeIds} for what it may contain. */
public record MemberId(String value) {
    public MemberId {
        IntakeIds.check("user id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
