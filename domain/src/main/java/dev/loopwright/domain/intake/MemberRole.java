package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** What a member may do: owners and developers read, write and create tokens; viewers only read. */
public enum MemberRole {
    OWNER,
    DEVELOPER,
    VIEWER;

    /** Owners and developers change data and create tokens; viewers only read. */
    public boolean mayWrite() {
        return this != VIEWER;
    }

    /** The lowercase name the API uses. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a validation failure listing the accepted names. */
    public static MemberRole parse(String value) {
        return WireNames.parse(values(), MemberRole::wireName, "role", value);
    }
}
