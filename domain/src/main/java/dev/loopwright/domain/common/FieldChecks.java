package dev.loopwright.domain.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks shared by the compact constructors of the planning documents. Each check records a violation
 * instead of throwing, so a document reports every problem at once; copies leave bad entries out so the
 * remaining checks can still run on what is there.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    /** Text that must be present and not blank. Returns the value so constructors can assign in one line. */
    public static String text(Violations violations, String field, String value) {
        if (value == null) {
            violations.add(field, field + " is required");
        } else if (value.isBlank()) {
            violations.add(field, field + " must not be blank");
        }
        return value;
    }

    /** Text that may be empty; a missing value is read as empty because "nothing said" and "" mean the same. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A missing Optional is read as empty, so callers building values by hand need not spell Optional.empty(). */
    public static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** An immutable copy of a list; a missing list or a null entry is a violation and the copy leaves nulls out. */
    public static <T> List<T> list(Violations violations, String field, List<T> values) {
        if (values == null) {
            violations.add(field, field + " is required");
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value != null) {
                copy.add(value);
            }
        }
        if (copy.size() != values.size()) {
            violations.add(field, field + " must not contain empty entries");
        }
        return List.copyOf(copy);
    }

    /** Like {@link #list}, for text entries: blank entries are reported too (and kept, so positions stay put). */
    public static List<String> texts(Violations violations, String field, List<String> values) {
        if (values == null) {
            violations.add(field, field + " is required");
            return List.of();
        }
        List<String> copy = new ArrayList<>(values.size());
        boolean blank = false;
        for (String value : values) {
            if (value == null || value.isBlank()) {
                blank = true;
            }
            if (value != null) {
                copy.add(value);
            }
        }
        if (blank) {
            violations.add(field, field + " must not contain blank entries");
        }
        return List.copyOf(copy);
    }

    public static void atLeast(Violations violations, String field, Collection<?> values, int min) {
        if (values.size() < min) {
            violations.add(field, field + " must have at least " + min + (min == 1 ? " entry" : " entries"));
        }
    }

    /** The values that occur more than once, each named once, in the order they first repeat. */
    public static Set<String> duplicates(Collection<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                repeated.add(value);
            }
        }
        return repeated;
    }
}
