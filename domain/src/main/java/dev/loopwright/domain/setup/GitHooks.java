package dev.loopwright.domain.setup;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.GitHookPolicy;
import java.util.List;

/**
 * How the repository's hooks are handled while coding: the ticket's locked policy, the hooks found, and the
 * commands that run their checks explicitly.
 */
public record GitHooks(GitHookPolicy policy, List<String> detected, List<HookValidationCommand> validationCommands) {
    public GitHooks {
        Violations violations = new Violations();
        violations.required("gitHooks.policy", policy);
        detected = FieldChecks.texts(violations, "gitHooks.detected", detected);
        validationCommands = FieldChecks.list(violations, "gitHooks.validationCommands", validationCommands);
        for (String id : FieldChecks.duplicates(validationCommands.stream().map(HookValidationCommand::id).toList())) {
            violations.add("gitHooks.validationCommands", "duplicate hook validation command id " + id);
        }
        violations.throwIfAny();
    }

    public GitHooks withPolicy(GitHookPolicy lockedPolicy) {
        return new GitHooks(lockedPolicy, detected, validationCommands);
    }
}
