package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;

/** One answer a user can pick for a choice question; answers refer to it by {@code id}. */
public record QuestionOption(String id, String label) {
    public QuestionOption {
        Violations violations = new Violations();
        QuestionIds.check(violations, "option.id", id);
        FieldChecks.text(violations, "option.label", label);
        violations.throwIfAny();
    }
}
