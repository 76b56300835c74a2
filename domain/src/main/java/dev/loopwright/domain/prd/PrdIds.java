package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.Violations;
import java.util.regex.Pattern;

/**
 * Epic and story ids ({@code EPIC-2}, {@code US-2-1}); beads refer to them, so their shape is fixed.
 * A story's first number is the epic it was written under, but a refinement may move a story, so we do not
 * require it to match the epic that holds it now.
 */
final class PrdIds {
    static final Pattern EPIC = Pattern.compile("EPIC-[1-9][0-9]*");
    static final Pattern STORY = Pattern.compile("US-[1-9][0-9]*-[1-9][0-9]*");

    private PrdIds() {
    }

    static void checkEpic(Violations violations, String field, String id) {
        if (violations.required(field, id)) {
            violations.matches(field, id, EPIC, "like EPIC-<n> with n from 1, got '" + id + "'");
        }
    }

    static void checkStory(Violations violations, String field, String id) {
        if (violations.required(field, id)) {
            violations.matches(field, id, STORY, "like US-<epic>-<story> with numbers from 1, got '" + id + "'");
        }
    }

    static String label(String id) {
        return id == null ? "?" : id;
    }
}
