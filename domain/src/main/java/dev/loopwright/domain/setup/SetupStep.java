package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * One preparation step the user approves before it runs: what it is for, the exact commands, and whether
 * coding can go ahead if it fails ({@code required} false).
 */
public record SetupStep(
        String id,
        String title,
        String purpose,
        List<String> commands,
        boolean required,
        String rationale,
        List<String> cautions) {

    public SetupStep {
        String field = "steps[" + (id == null ? "?" : id) + "]";
        Violations violations = new Violations();
        FieldChecks.text(violations, field + ".id", id);
        FieldChecks.text(violations, field + ".title", title);
        FieldChecks.text(violations, field + ".purpose", purpose);
        commands = FieldChecks.texts(violations, field + ".commands", commands);
        FieldChecks.atLeast(violations, field + ".commands", commands, 1);
        FieldChecks.text(violations, field + ".rationale", rationale);
        cautions = FieldChecks.texts(violations, field + ".cautions", cautions);
        violations.throwIfAny();
    }
}
