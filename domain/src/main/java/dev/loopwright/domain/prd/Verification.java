package dev.loopwright.domain.prd;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/** The commands that prove a user story works. */
public record Verification(List<String> requiredCommands) {
    public static final Verification NONE = new Verification(List.of());

    public Verification {
        Violations violations = new Violations();
        requiredCommands = FieldChecks.texts(violations, "verification.requiredCommands", requiredCommands);
        violations.throwIfAny();
    }
}
