package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Website projects collect feedback through the widget; board projects hold Kanban lists and cards. */
public enum ProjectType {
    WEBSITE,
    BOARD;

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static ProjectType parse(String value) {
        return WireNames.parse(values(), ProjectType::wireName, "type", value);
    }
}
