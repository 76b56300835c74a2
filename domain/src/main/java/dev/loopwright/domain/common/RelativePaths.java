package dev.loopwright.domain.common;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paths that a plan names inside the project (files a bead touches, inputs copied into a worktree).
 * They come from model output and are later resolved against a checkout, so anything that could
 * escape it, or that is ambiguous between platforms, is refused rather than repaired.
 */
public final class RelativePaths {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private RelativePaths() {
    }

    /**
     * Records a violation unless {@code path} is a plain relative path: not blank, not absolute, no drive
     * letter, no backslash, no empty, {@code .} or {@code ..} segment. One trailing slash is allowed, since
     * directories are often written that way.
     */
    public static void check(Violations violations, String field, String path) {
        check(violations, field, path, Set.of());
    }

    /** As {@link #check(Violations, String, String)}, and no segment may be one of {@code reservedSegments}. */
    public static void check(Violations violations, String field, String path, Set<String> reservedSegments) {
        if (path == null || path.isBlank()) {
            violations.add(field, field + " must be a relative path, got an empty one");
            return;
        }
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            violations.add(field, field + " must be relative to the project, got '" + path + "'");
            return;
        }
        if (path.contains("\\")) {
            violations.add(field, field + " must use / as separator, got '" + path + "'");
            return;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean parent = false;
        boolean unclear = false;
        boolean reserved = false;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.equals("..")) {
                parent = true;
            } else if (segment.isEmpty() || segment.equals(".")) {
                unclear = true;
            } else if (reservedSegments.contains(segment)) {
                reserved = true;
            }
        }
        if (parent) {
            violations.add(field, field + " must not contain a '..' segment, got '" + path + "'");
        }
        if (unclear) {
            violations.add(field, field + " must not contain empty or '.' segments, got '" + path + "'");
        }
        if (reserved) {
            violations.add(field, field + " must not point into " + String.join(", ",
                    reservedSegments.stream().sorted().toList()) + ", got '" + path + "'");
        }
    }
}
