package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** The three ordered parts of an interview: what and why, then the shape of the feature, then the details. */
public enum InterviewPhase {
    FOUNDATION,
    STRUCTURE,
    ASSEMBLY;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The capitalised name shown to people, e.g. {@code Foundation}. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Ignores case: question drafts write {@code foundation} while interview batches write {@code Foundation},
     * and both mean the same phase.
     */
    public static InterviewPhase fromWireName(String value) {
        String lower = value == null ? null : value.toLowerCase(Locale.ROOT);
        return WireNames.parse(values(), InterviewPhase::wireName, "phase", lower);
    }
}
