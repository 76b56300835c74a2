package dev.loopwright.application.beads;

import dev.loopwright.domain.common.ValidationException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code flow} query parameter of the bead routes: a name for a separate plan beside the workflow's own, kept
 * for compatibility with the reference's per-branch plan folders. Only the workflow's plan (no flow) is expanded,
 * approved and executed; another flow is a place to keep a plan, nothing more. Names follow the reference's rule:
 * letters, digits and {@code . _ / -}, relative, no empty, {@code .} or {@code ..} segments.
 */
public final class BeadFlow {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._/-]{1,200}");

    private BeadFlow() {
    }

    /** The flow, or empty for the workflow's own plan; a blank flow is the workflow's plan too. */
    public static Optional<String> check(Optional<String> flow) {
        if (flow.isEmpty() || flow.get().isEmpty()) {
            return Optional.empty();
        }
        String name = flow.get();
        if (!NAME.matcher(name).matches() || name.startsWith("/")) {
            throw invalid();
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid();
            }
        }
        return Optional.of(name);
    }

    private static ValidationException invalid() {
        return ValidationException.of("flow", "Invalid flow parameter: letters, digits and . _ / - only, relative,"
                + " without empty, . or .. segments");
    }
}
