package dev.loopwright.application.execution;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.port.out.shell.CommandResult;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.bead.Bead;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One iteration of one bead in one model session: the prompt, then within the same session at most
 * {@code structuredRetryCount} corrective prompts for an unusable status marker and one repair prompt when our own
 * run of the bead's test commands fails. Every prompt gets only the time left until the iteration's deadline.
 */
final class BeadIteration {
    /** How many times a false "done" goes back to the same session with the failing output. */
    static final int VERIFICATION_REPAIRS = 1;

    private final ModelRuntime runtime;
    private final BeadPrompts prompts;
    private final TestVerification verification;

    BeadIteration(ModelRuntime runtime, BeadPrompts prompts, TestVerification verification) {
        this.runtime = runtime;
        this.prompts = prompts;
        this.verification = verification;
    }

    /** What one run is about: the bead, where, with which settings, and what is said first in which session. */
    record Run(Bead bead, Path workingCopy, RuntimeSession session, String firstText, ExecutionSettings settings,
            IterationDeadline deadline, Cancellation cancellation, Consumer<String> log) {
    }

    IterationOutcome run(Run run) {
        Bead bead = run.bead();
        String text = run.firstText();
        String reply = "";
        int correctives = 0;
        int repairs = 0;
        while (true) {
            run.cancellation().throwIfCancelled();
            if (run.deadline().passed()) {
                return new IterationOutcome.Failed("the iteration ran out of time ("
                        + run.settings().perIterationTimeout().toMillis() + " ms)", reply);
            }
            try {
                reply = runtime.prompt(new PromptRequest(run.session(), run.settings().model(),
                        run.settings().variant(), Optional.empty(), Optional.empty(), text, ToolPolicy.CODING,
                        run.deadline().remaining())).text();
            } catch (ModelRuntimeException e) {
                run.cancellation().throwIfCancelled();
                if (e.kind().isContinuable()) {
                    return new IterationOutcome.ProviderLimit(run.session().id(), e.kind(), e.getMessage());
                }
                String reason = e.kind() == RuntimeFailureKind.TIMEOUT
                        ? "the iteration ran out of time (" + run.settings().perIterationTimeout().toMillis() + " ms)"
                        : "the model call failed (" + e.kind() + "): " + e.getMessage();
                return new IterationOutcome.Failed(reason, reply);
            }
            CompletionMarker.Reading reading = CompletionMarker.read(reply, bead.id());
            if (reading instanceof CompletionMarker.Invalid) {
                String problem = ((CompletionMarker.Invalid) reading).problem();
                if (correctives >= run.settings().structuredRetryCount()) {
                    return new IterationOutcome.Failed("no valid completion marker after " + correctives
                            + " corrective prompt(s): " + problem, reply);
                }
                correctives++;
                run.log().accept("bead " + bead.id() + ": unusable status marker (" + problem + "), asking again");
                text = prompts.corrective(bead, problem);
                continue;
            }
            if (reading instanceof CompletionMarker.NotDone) {
                return new IterationOutcome.Failed("the agent reported the bead as not done: "
                        + ((CompletionMarker.NotDone) reading).reason(), reply);
            }
            Optional<CommandResult> failure = verification.firstFailure(bead, run.workingCopy(), run.deadline(),
                    run.cancellation(), result -> run.log().accept("bead " + bead.id() + ": " + result.summary()));
            if (failure.isEmpty()) {
                return new IterationOutcome.Succeeded(run.session().id());
            }
            if (failure.get().timedOut() && run.deadline().passed()) {
                return new IterationOutcome.Failed("the iteration ran out of time while running "
                        + failure.get().summary(), reply);
            }
            if (repairs >= VERIFICATION_REPAIRS) {
                return new IterationOutcome.Failed("the agent reported done, but the test command "
                        + failure.get().summary() + ":\n" + failure.get().outputTail(1_500), reply);
            }
            repairs++;
            text = prompts.verificationFailed(bead, failure.get());
        }
    }
}
