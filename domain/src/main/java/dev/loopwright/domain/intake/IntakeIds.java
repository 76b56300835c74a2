package dev.loopwright.domain.intake;

import java.util.regex.Pattern;

/**
 * The rule every intake id follows: 1 to 64 letters, digits, '-' or '_'. Ids are opaque to clients (the API
 * shows both readable ids like {@code fb-001} and generated ones); the rule keeps them safe in URLs and logs.
 */
public final class IntakeIds {
    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private IntakeIds() {
    }

    /** Whether {@code value} could be an id; a path segment that could not be one names nothing (404). */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    static void check(String what, String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a " + what + " is 1-" + MAX_LENGTH
                    + " letters, digits, '-' or '_', got '" + value + "'");
        }
    }
}
