package dev.loopwright.domain.intake;

import java.util.regex.Pattern;

/** The SHA-256 of a token, in lowercase hex: all that is stored of it. */
public record TokenHash(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lowercase hex digits");
        }
    }
}
