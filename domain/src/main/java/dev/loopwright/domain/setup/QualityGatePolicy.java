package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;

/**
 * Which checks gate a bead, in words the coding prompt repeats. Kept as text: the values are guidance for
 * the agent, not switches the engine acts on.
 */
public record QualityGatePolicy(String tests, String lint, String typecheck, String fullProjectFallback) {
    /** Run the bead's own tests first, lint and type-check what changed, never block on an unrelated baseline. */
    public static final QualityGatePolicy DEFAULT = new QualityGatePolicy("bead-test-commands-first",
            "impacted-or-package", "impacted-or-package", "never-block-on-unrelated-baseline");

    public QualityGatePolicy {
        Violations violations = new Violations();
        FieldChecks.text(violations, "qualityGatePolicy.tests", tests);
        FieldChecks.text(violations, "qualityGatePolicy.lint", lint);
        FieldChecks.text(violations, "qualityGatePolicy.typecheck", typecheck);
        FieldChecks.text(violations, "qualityGatePolicy.fullProjectFallback", fullProjectFallback);
        violations.throwIfAny();
    }
}
