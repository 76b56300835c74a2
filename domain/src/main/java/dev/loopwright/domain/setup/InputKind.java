package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Whether a workspace input is a single file or a whole directory. */
public enum InputKind {
    FILE,
    DIRECTORY;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InputKind fromWireName(String value) {
        return WireNames.parse(values(), InputKind::wireName, "kind", value);
    }
}
