package dev.loopwright.application.port.out.git;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A full commit hash (40 hex digits for SHA-1 repositories, 64 for SHA-256 ones), stored lower-case. */
public record CommitId(String value) {
    private static final Pattern FULL_HASH = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    public CommitId {
        Objects.requireNonNull(value, "value");
        value = value.toLowerCase(Locale.ROOT);
        if (!FULL_HASH.matcher(value).matches()) {
            throw new IllegalArgumentException("not a full commit hash: " + value);
        }
    }

    /** The first seven digits, for messages and logs. */
    public String abbreviated() {
        return value.substring(0, 7);
    }

    @Override
    public String toString() {
        return value;
    }
}
