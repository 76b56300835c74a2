package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;

/**
 * Who produced an answer. {@code AI_SKIP} marks every answer the user did not give: a skip, a question never
 * asked, and later an answer an AI filled in for a skipped one. The name is the interview file's, kept so
 * the files stay compatible.
 */
public enum AnsweredBy {
    USER,
    AI_SKIP;

    /** The lowercase name used in YAML and JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnsweredBy fromWireName(String value) {
        return WireNames.parse(values(), AnsweredBy::wireName, "answeredBy", value);
    }
}
