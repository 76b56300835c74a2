package dev.loopwright.domain.intake;

import java.util.Objects;

/**
 * A JSON document kept exactly as given (feedback annotations and browser info, a ticket's {@code ai_context}):
 * their structure is the client's or the generator's business. The adapter that receives one checks it parses.
 */
public record RawJson(String text) {
    /** Large enough for a page's annotations or a generation's context, small enough to keep rows small. */
    public static final int MAX_LENGTH = 64 * 1024;

    public RawJson {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a JSON document is not blank");
        }
        Texts.limited("json", text, MAX_LENGTH);
    }

    public static RawJson emptyObject() {
        return new RawJson("{}");
    }

    public static RawJson emptyArray() {
        return new RawJson("[]");
    }
}
