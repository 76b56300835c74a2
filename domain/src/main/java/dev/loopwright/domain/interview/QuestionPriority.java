package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** How much a question matters to the plan, as the interviewer judged it. */
public enum QuestionPriority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionPriority fromWireName(String value) {
        return WireNames.parse(values(), QuestionPriority::wireName, "priority", value);
    }
}
