package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** What the change covers and, as explicitly, what it leaves out. */
public record Scope(List<String> inScope, List<String> outOfScope) {
    public Scope {
        Violations violations = new Violations();
        inScope = FieldChecks.texts(violations, "scope.inScope", inScope);
        outOfScope = FieldChecks.texts(violations, "scope.outOfScope", outOfScope);
        violations.throwIfAny();
    }
}
