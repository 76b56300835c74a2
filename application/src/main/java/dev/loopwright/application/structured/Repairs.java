package dev.loopwright.application.structured;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Deterministic fixes for the ways models commonly break YAML. Each one only changes syntax, never content,
 * and is tried only when the text does not parse as it is.
 */
final class Repairs {
    /** One named repair. */
    record Repair(String description, UnaryOperator<String> apply) {
    }

    /** Leading whitespace with at least one tab, also mixed with spaces. */
    private static final Pattern TAB_INDENT = Pattern.compile("(?m)^[ ]*\\t[ \\t]*");
    private static final Pattern ORPHAN_FENCE = Pattern.compile("(?m)^(?:```|~~~)\\w*[ \\t]*\\r?$");
    private static final Pattern TAG_LINE = Pattern.compile("(?m)^\\s*</?[A-Z][A-Z_]*>\\s*$");
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z_][\\w-]*):(?=[^\\s/:])");
    private static final Pattern TRAILING_ANSI = Pattern.compile("\\u001B\\[[0-9;?]*[A-Za-z]");
    /** Characters YAML refuses anywhere in a stream (NUL, other C0/C1 controls, DEL, non-characters). */
    private static final Pattern CONTROL_CHARACTERS =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]");

    static final List<Repair> ALL = List.of(
            new Repair("removed terminal control sequences", text -> TRAILING_ANSI.matcher(text).replaceAll("")),
            new Repair("removed control characters", text -> CONTROL_CHARACTERS.matcher(text).replaceAll("")),
            new Repair("removed stray code-fence lines", text -> ORPHAN_FENCE.matcher(text).replaceAll("")),
            new Repair("removed stray tag lines", text -> TAG_LINE.matcher(text).replaceAll("")),
            new Repair("replaced tab indentation with spaces",
                    text -> TAB_INDENT.matcher(text).replaceAll(m -> m.group().replace("\t", "  "))),
            new Repair("added the missing space after a key's colon",
                    text -> NO_SPACE_AFTER_COLON.matcher(text).replaceAll("$1: ")));

    private Repairs() {
    }
}
