package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Why a workspace input is missing from a fresh worktree: git ignores it, or it was never added. */
public enum SourceStatus {
    IGNORED,
    UNTRACKED;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceStatus fromWireName(String value) {
        return WireNames.parse(values(), SourceStatus::wireName, "sourceStatus", value);
    }
}
