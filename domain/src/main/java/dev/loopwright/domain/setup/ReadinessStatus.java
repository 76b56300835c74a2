package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Whether the ticket worktree can be coded in as it is, needs some preparation, or lacks most of it. */
public enum ReadinessStatus {
    READY,
    PARTIAL,
    MISSING;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReadinessStatus fromWireName(String value) {
        return WireNames.parse(values(), ReadinessStatus::wireName, "readiness.status", value);
    }
}
