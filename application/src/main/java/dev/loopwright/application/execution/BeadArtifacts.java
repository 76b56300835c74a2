package dev.loopwright.application.execution;

import dev.loopwright.domain.approval.ContentHash;
import java.util.Locale;

/**
 * The CODING artifacts kept per bead: {@code bead_execution:<id>} (the success checkpoint as a report) and
 * {@code bead_diff:<id>} (what the bead's commit changed). Artifact types are lowercase and at most 80 characters, so
 * the bead id is lowercased, and a very long id is replaced by a digest of it.
 */
public final class BeadArtifacts {
    private static final int MAX_TYPE = 80;

    private BeadArtifacts() {
    }

    public static String execution(String beadId) {
        return type("bead_execution:", beadId);
    }

    public static String diff(String beadId) {
        return type("bead_diff:", beadId);
    }

    private static String type(String prefix, String beadId) {
        String id = beadId.toLowerCase(Locale.ROOT);
        if (prefix.length() + id.length() > MAX_TYPE) {
            id = ContentHash.of(beadId).hex().substring(0, 32);
        }
        return prefix + id;
    }
}
