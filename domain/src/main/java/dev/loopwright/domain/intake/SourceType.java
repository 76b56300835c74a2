package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** What a developer ticket is generated from, and what a comment is written on. */
public enum SourceType {
    FEEDBACK,
    BOARD_CARD;

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static SourceType parse(String value) {
        return WireNames.parse(values(), SourceType::wireName, "source_type", value);
    }
}
