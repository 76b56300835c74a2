package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;

/** A command that runs what a repository hook would check, so the check can be run explicitly. */
public record HookValidationCommand(String id, String hook, String command, String purpose) {
    public HookValidationCommand {
        Violations violations = new Violations();
        FieldChecks.text(violations, "gitHooks.validationCommands.id", id);
        FieldChecks.text(violations, "gitHooks.validationCommands.hook", hook);
        FieldChecks.text(violations, "gitHooks.validationCommands.command", command);
        FieldChecks.text(violations, "gitHooks.validationCommands.purpose", purpose);
        violations.throwIfAny();
    }
}
