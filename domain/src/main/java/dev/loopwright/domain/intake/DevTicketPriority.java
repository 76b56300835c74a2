package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** How urgent a developer ticket is, as the AI (or a person) judged it. */
public enum DevTicketPriority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static DevTicketPriority parse(String value) {
        return WireNames.parse(values(), DevTicketPriority::wireName, "priority", value);
    }
}
