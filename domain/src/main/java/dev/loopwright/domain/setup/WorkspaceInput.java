package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.RelativePaths;
import dev.loopwright.domain.common.Violations;
import java.util.Set;

/**
 * A file or directory of the user's checkout that a fresh worktree lacks (an ignored {@code .env}, an
 * untracked fixture) and that is copied in before coding. The path is relative to the checkout and may not
 * reach outside it or into the repository's or Loopwright's own folders.
 */
public record WorkspaceInput(String path, InputKind kind, SourceStatus sourceStatus, String reason) {
    /** Folders a copy must never touch: git's database and the ticket's and Loopwright's own state. */
    public static final Set<String> RESERVED = Set.of(".git", ".ticket", ".loopwright");

    public WorkspaceInput {
        Violations violations = new Violations();
        RelativePaths.check(violations, "workspaceInputs.path", path, RESERVED);
        violations.required("workspaceInputs.kind", kind);
        violations.required("workspaceInputs.sourceStatus", sourceStatus);
        FieldChecks.text(violations, "workspaceInputs.reason", reason);
        violations.throwIfAny();
    }
}
