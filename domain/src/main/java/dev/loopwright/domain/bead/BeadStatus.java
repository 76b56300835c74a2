package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Where a bead is in execution. */
public enum BeadStatus {
    PENDING,
    IN_PROGRESS,
    DONE,
    ERROR;

    /** The lowercase name used in the beads file and in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BeadStatus fromWireName(String value) {
        return WireNames.parse(values(), BeadStatus::wireName, "status", value);
    }
}
