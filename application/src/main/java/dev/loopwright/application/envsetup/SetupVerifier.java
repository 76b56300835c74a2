package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.setup.ExecutionSetupPlan;
import dev.loopwright.domain.setup.HookValidationCommand;
import dev.loopwright.domain.setup.WorkspaceProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves the prepared working copy works by running the approved checks ourselves, instead of taking the agent's
 * word: every workspace probe, and under the {@code validate_explicitly} hook policy every hook validation command
 * (the hooks themselves are bypassed on Loopwright's commits, so their checks must pass here). Stops at the first
 * failure, which names the command, its exit and its output tail.
 */
final class SetupVerifier {
    /** A probe is meant to be cheap; one that runs longer than this is stuck, whatever the attempt's own limit. */
    static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);

    /** Every command run, and the failure that stopped the checks if one did. */
    record Verification(List<CommandReceipt> probes, List<CommandReceipt> hooks, Optional<SetupFailure> failure) {
        Verification {
            probes = List.copyOf(probes);
            hooks = List.copyOf(hooks);
        }
    }

    private final CommandRunner commands;

    SetupVerifier(CommandRunner commands) {
        this.commands = commands;
    }

    Verification verify(ExecutionSetupPlan plan, Path workingCopy, Deadline deadline, Cancellation cancellation)
            throws InterruptedException {
        List<CommandReceipt> probes = new ArrayList<>();
        for (WorkspaceProbe probe : plan.workspaceProbes()) {
            if (deadline.expired()) {
                return new Verification(probes, List.of(), Optional.of(outOfTime(probe.id())));
            }
            CommandReceipt receipt = run(probe.id(), probe.purpose(), probe.command(), workingCopy, deadline,
                    cancellation);
            probes.add(receipt);
            if (!receipt.result().passed()) {
                return new Verification(probes, List.of(), Optional.of(receipt.failure("Workspace probe")));
            }
        }
        List<CommandReceipt> hooks = new ArrayList<>();
        if (plan.gitHooks().policy() == GitHookPolicy.VALIDATE_EXPLICITLY) {
            for (HookValidationCommand hook : plan.gitHooks().validationCommands()) {
                if (deadline.expired()) {
                    return new Verification(probes, hooks, Optional.of(outOfTime(hook.id())));
                }
                CommandReceipt receipt = run(hook.id(), hook.purpose(), hook.command(), workingCopy, deadline,
                        cancellation);
                hooks.add(receipt);
                if (!receipt.result().passed()) {
                    return new Verification(probes, hooks, Optional.of(receipt.failure("Hook validation")));
                }
            }
        }
        return new Verification(probes, hooks, Optional.empty());
    }

    private static SetupFailure outOfTime(String check) {
        return SetupFailure.of(SetupFailure.Kind.TIMEOUT, "The attempt ran out of time before the check " + check
                + " could run");
    }

    private CommandReceipt run(String id, String purpose, String command, Path workingCopy, Deadline deadline,
            Cancellation cancellation) throws InterruptedException {
        cancellation.throwIfCancelled();
        Duration timeout = deadline.remaining().map(left -> left.compareTo(COMMAND_LIMIT) < 0 ? left : COMMAND_LIMIT)
                .orElse(COMMAND_LIMIT);
        return new CommandReceipt(id, purpose, commands.run(CommandRequest.of(workingCopy, command, timeout)));
    }
}
