package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Where a feedback item is in its triage. */
public enum FeedbackStatus {
    NEW,
    IN_PROGRESS,
    REVIEW,
    DONE;

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static FeedbackStatus parse(String value) {
        return WireNames.parse(values(), FeedbackStatus::wireName, "status", value);
    }
}
