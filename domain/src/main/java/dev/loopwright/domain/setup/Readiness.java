package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * The planner's verdict on the worktree, with what it saw ({@code evidence}) and what is missing
 * ({@code gaps}). Whether the verdict agrees with the plan's steps is checked by the plan.
 */
public record Readiness(ReadinessStatus status, boolean actionsRequired, List<String> evidence, List<String> gaps) {
    public Readiness {
        Violations violations = new Violations();
        violations.required("readiness.status", status);
        evidence = FieldChecks.texts(violations, "readiness.evidence", evidence);
        gaps = FieldChecks.texts(violations, "readiness.gaps", gaps);
        violations.throwIfAny();
    }

    public boolean isReady() {
        return status == ReadinessStatus.READY;
    }
}
