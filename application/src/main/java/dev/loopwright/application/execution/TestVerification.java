package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.CommandRunner;
import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.bead.Bead;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a bead's test commands ourselves, in order, in the working copy and within the iteration's deadline: a
 * model's "done" counts only when they all pass here.
 */
final class TestVerification {
    private final CommandRunner commands;

    TestVerification(CommandRunner commands) {
        this.commands = commands;
    }

    /** The first command that did not pass, or empty when all passed. */
    Optional<CommandResult> firstFailure(Bead bead, Path workingCopy, IterationDeadline deadline,
            Cancellation cancellation, Consumer<CommandResult> receipt) {
        for (String command : bead.testCommands()) {
            cancellation.throwIfCancelled();
            CommandResult result;
            try {
                result = commands.run(CommandRequest.of(workingCopy, command, deadline.remaining().isZero()
                        ? java.time.Duration.ofMillis(1) : deadline.remaining()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancellation.CancelledException();
            }
            receipt.accept(result);
            if (!result.passed()) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
