package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/**
 * How a question is answered. Choice questions carry options within fixed bounds: fewer than two is not a
 * choice, and more than the maximum is too many to read in one batch.
 */
public enum AnswerType {
    FREE_TEXT(0, 0),
    SINGLE_CHOICE(2, 10),
    MULTIPLE_CHOICE(2, 15);

    private final int minOptions;
    private final int maxOptions;

    AnswerType(int minOptions, int maxOptions) {
        this.minOptions = minOptions;
        this.maxOptions = maxOptions;
    }

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnswerType fromWireName(String value) {
        return WireNames.parse(values(), AnswerType::wireName, "answerType", value);
    }

    public boolean isChoice() {
        return this != FREE_TEXT;
    }

    public int minOptions() {
        return minOptions;
    }

    public int maxOptions() {
        return maxOptions;
    }
}
