package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.Violations;
import java.util.regex.Pattern;

/** The shape of question and option ids (Q01, FU3, CFU1, QFF1, opt2): short, no spaces, so they can key maps. */
final class QuestionIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private QuestionIds() {
    }

    static void check(Violations violations, String field, String id) {
        if (violations.required(field, id)) {
            violations.matches(field, id, ID, "1 to 64 letters, digits or _ . - (starting with a letter or digit),"
                    + " got '" + id + "'");
        }
    }

    /** The id as shown inside a field path, even when the id itself is missing. */
    static String label(String id) {
        return id == null ? "?" : id;
    }
}
