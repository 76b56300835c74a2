package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** What kind of feedback an item is. */
public enum FeedbackType {
    BUG,
    FEATURE,
    GENERAL;

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static FeedbackType parse(String value) {
        return WireNames.parse(values(), FeedbackType::wireName, "type", value);
    }
}
