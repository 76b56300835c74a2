package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;

/** A cheap command that proves the prepared worktree works (the project loads, the tests start). */
public record WorkspaceProbe(String id, String command, String purpose) {
    public WorkspaceProbe {
        Violations violations = new Violations();
        FieldChecks.text(violations, "workspaceProbes.id", id);
        FieldChecks.text(violations, "workspaceProbes.command", command);
        FieldChecks.text(violations, "workspaceProbes.purpose", purpose);
        violations.throwIfAny();
    }
}
