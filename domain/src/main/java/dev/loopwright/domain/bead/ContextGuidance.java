package dev.loopwright.domain.bead;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** What the coding agent should imitate and what it should avoid while implementing a bead. */
public record ContextGuidance(List<String> patterns, List<String> antiPatterns) {
    public ContextGuidance {
        Violations violations = new Violations();
        patterns = FieldChecks.texts(violations, "contextGuidance.patterns", patterns);
        antiPatterns = FieldChecks.texts(violations, "contextGuidance.antiPatterns", antiPatterns);
        violations.throwIfAny();
    }
}
