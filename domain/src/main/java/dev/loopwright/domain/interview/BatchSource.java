package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.WireNames;

/**
 * Who produced a batch of questions (and so a follow-up round): the interviewer's conversation, or the
 * coverage check that found gaps after it. Coverage follow-ups use the coverage budget; the interviewer's
 * do not.
 */
public enum BatchSource {
    /** The interviewing model's turns; written {@code prom4} to stay compatible with existing interview files. */
    INTERVIEWER("prom4"),
    COVERAGE("coverage");

    private final String wireName;

    BatchSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static BatchSource fromWireName(String value) {
        return WireNames.parse(values(), BatchSource::wireName, "source", value);
    }
}
