package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** How a question shows in the interview view; the first that applies wins: current, skipped, answered, pending. */
public enum QuestionStatus {
    CURRENT,
    SKIPPED,
    ANSWERED,
    PENDING;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionStatus fromWireName(String value) {
        return WireNames.parse(values(), QuestionStatus::wireName, "questionStatus", value);
    }
}
