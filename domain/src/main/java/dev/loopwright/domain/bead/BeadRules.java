package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules on the part of a bead the council writes, shared by the blueprint and the final bead: the final
 * bead copies these fields from its blueprint, so it must satisfy the same rules.
 */
final class BeadRules {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private BeadRules() {
    }

    /** Bead ids name branches of work and appear in paths and messages: letters, digits and . _ - only. */
    static void checkId(Violations violations, String field, String id) {
        if (violations.required(field, id)) {
            violations.matches(field, id, ID, "1 to 128 letters, digits or . _ - (starting with a letter or digit),"
                    + " got '" + id + "'");
        }
    }

    static String field(String id) {
        return "beads[" + (id == null ? "?" : id) + "]";
    }

    /** Checks the council-written content; every bead must say how it is accepted and how it is tested. */
    static void checkContent(Violations violations, String field, String title, String description,
            ContextGuidance guidance, List<String> acceptanceCriteria, List<String> tests, List<String> testCommands) {
        FieldChecks.text(violations, field + ".title", title);
        FieldChecks.text(violations, field + ".description", description);
        if (violations.required(field + ".contextGuidance", guidance)) {
            FieldChecks.atLeast(violations, field + ".contextGuidance.patterns", guidance.patterns(), 1);
            FieldChecks.atLeast(violations, field + ".contextGuidance.antiPatterns", guidance.antiPatterns(), 1);
        }
        FieldChecks.atLeast(violations, field + ".acceptanceCriteria", acceptanceCriteria, 1);
        FieldChecks.atLeast(violations, field + ".tests", tests, 1);
        FieldChecks.atLeast(violations, field + ".testCommands", testCommands, 1);
    }
}
