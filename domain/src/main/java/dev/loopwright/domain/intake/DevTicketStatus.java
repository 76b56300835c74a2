package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Where a developer ticket is; new tickets start open. */
public enum DevTicketStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static DevTicketStatus parse(String value) {
        return WireNames.parse(values(), DevTicketStatus::wireName, "status", value);
    }
}
