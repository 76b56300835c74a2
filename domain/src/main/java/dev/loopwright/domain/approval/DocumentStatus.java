package dev.loopwright.domain.approval;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Whether a planning document (interview, PRD) is still being edited or was approved at its gate. */
public enum DocumentStatus {
    DRAFT,
    APPROVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentStatus fromWireName(String value) {
        return WireNames.parse(values(), DocumentStatus::wireName, "status", value);
    }
}
