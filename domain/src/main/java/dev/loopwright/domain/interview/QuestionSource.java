package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/** Where a question of the interview came from; decides its id convention and which follow-up budget it uses. */
public enum QuestionSource {
    COMPILED,
    PROMPT_FOLLOW_UP,
    COVERAGE_FOLLOW_UP,
    FINAL_FREE_FORM;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionSource fromWireName(String value) {
        return WireNames.parse(values(), QuestionSource::wireName, "source", value);
    }
}
