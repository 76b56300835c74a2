package dev.loopwright.application.council;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.PromptRequest;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.port.out.runtime.SessionRequest;
import dev.loopwright.application.port.out.runtime.ToolPolicy;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.council.Quorum;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One member's attempts in a round, each in a fresh session: the first prompt, then up to {@code retries} more.
 * Output that arrived but is wrong gets a corrective prompt; nothing, an echo or a failed call gets the same prompt
 * again. A timeout ends the member's part at once, since the time is shared.
 */
final class MemberCall<V> {
    private final ModelRuntime runtime;
    private final RoundSpec spec;
    private final RoundControl control;
    private final Consumer<RawAttempt> raw;
    private final MemberTask<V> task;

    MemberCall(ModelRuntime runtime, RoundSpec spec, RoundControl control, Consumer<RawAttempt> raw,
            MemberTask<V> task) {
        this.runtime = runtime;
        this.spec = spec;
        this.control = control;
        this.raw = raw;
        this.task = task;
    }

    MemberResult<V> run() {
        String member = task.member().id();
        String text = task.prompt();
        RawAttempt.Request request = RawAttempt.Request.ORIGINAL;
        Validated.Invalid<V> lastInvalid = null;
        ModelRuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= 1 + spec.retries(); attempt++) {
            control.throwIfCancelled();
            Duration limit = spec.attemptLimit();
            if (limit.isZero()) {
                return MemberResult.without(MemberReport.timedOut(member, attempt - 1));
            }
            String reply;
            try {
                reply = send(text, limit);
            } catch (ModelRuntimeException failure) {
                if (control.isCancelled()) {
                    throw new Cancellation.CancelledException();
                }
                raw.accept(new RawAttempt(member, attempt, request, RawAttempt.Result.FAILED, Optional.empty(),
                        Optional.ofNullable(failure.getMessage()), Optional.of(failure.kind())));
                if (failure.kind() == RuntimeFailureKind.TIMEOUT) {
                    return MemberResult.without(MemberReport.timedOut(member, attempt));
                }
                lastFailure = failure;
                lastInvalid = null;
                text = task.prompt();
                request = RawAttempt.Request.RESEND;
                continue;
            }
            Validated<V> read = task.reader().read(reply);
            if (read instanceof Validated.Valid) {
                Validated.Valid<V> valid = (Validated.Valid<V>) read;
                raw.accept(new RawAttempt(member, attempt, request, RawAttempt.Result.ACCEPTED, Optional.of(reply),
                        Optional.empty(), Optional.empty()));
                return new MemberResult<>(MemberReport.completed(member, attempt, valid.warnings()),
                        Optional.of(valid.value()));
            }
            lastInvalid = (Validated.Invalid<V>) read;
            lastFailure = null;
            raw.accept(new RawAttempt(member, attempt, request, RawAttempt.Result.REJECTED, Optional.of(reply),
                    Optional.of(lastInvalid.error()), Optional.empty()));
            if (lastInvalid.resend()) {
                text = task.prompt();
                request = RawAttempt.Request.RESEND;
            } else {
                text = CorrectivePrompt.of(task.prompt(), lastInvalid.error(), spec.outputFormat(), reply);
                request = RawAttempt.Request.CORRECTIVE;
            }
        }
        int attempts = 1 + spec.retries();
        if (lastInvalid != null) {
            return MemberResult.without(new MemberReport(member, Quorum.Outcome.INVALID_OUTPUT, Optional.empty(),
                    Optional.of(lastInvalid.error()), attempts, List.of()));
        }
        return MemberResult.without(new MemberReport(member, Quorum.Outcome.FAILED, Optional.of(lastFailure.kind()),
                Optional.ofNullable(lastFailure.getMessage()), attempts, List.of()));
    }

    private String send(String text, Duration limit) {
        String member = task.member().id();
        RuntimeSession session = runtime.openSession(new SessionRequest(spec.directory(),
                spec.title() + " · " + member));
        control.sending(member, session);
        try {
            return runtime.prompt(new PromptRequest(session, task.member().model(), task.member().variant(),
                    Optional.empty(), Optional.empty(), text, ToolPolicy.NONE, limit)).text();
        } finally {
            control.answered(member);
        }
    }
}
