package dev.loopwright.application.council;

import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.council.Quorum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs members side by side, one thread each, under the round's one deadline. A member still working at the
 * deadline is recorded as timed out and its session aborted; a cancellation aborts every session in flight and
 * ends the round at once. Results come back in the order the tasks were given, never in arrival order.
 */
final class CouncilRound {
    private final ModelRuntime runtime;

    CouncilRound(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    <V> List<MemberResult<V>> run(List<MemberTask<V>> tasks, RoundSpec spec, Cancellation cancellation,
            Consumer<RawAttempt> raw) {
        List<CouncilMember> members = tasks.stream().map(MemberTask::member).toList();
        return runEach(members, spec, cancellation, (member, calls) ->
                calls.call(tasks.get(members.indexOf(member)), raw, spec));
    }

    /**
     * Like {@link #run}, but each member does its own sequence of prompts ({@code work}), all of them under the
     * round's one deadline and cancellation.
     */
    <V> List<MemberResult<V>> runEach(List<CouncilMember> members, RoundSpec spec, Cancellation cancellation,
            MemberWork<V> work) {
        RoundControl control = new RoundControl(runtime);
        List<CompletableFuture<MemberResult<V>>> futures = new ArrayList<>();
        members.forEach(member -> futures.add(new CompletableFuture<>()));
        cancellation.onCancel(() -> {
            control.cancel();
            futures.forEach(future -> future.completeExceptionally(new Cancellation.CancelledException()));
        });
        Calls calls = new Calls() {
            @Override
            public <X> MemberResult<X> call(MemberTask<X> task, Consumer<RawAttempt> raw, RoundSpec own) {
                return new MemberCall<>(runtime, own, control, raw, task).run();
            }
        };
        for (int i = 0; i < members.size(); i++) {
            CouncilMember member = members.get(i);
            start(member, futures.get(i), () -> work.run(member, calls));
        }
        List<MemberResult<V>> results = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            results.add(await(members.get(i).id(), futures.get(i), spec.deadline(), control));
        }
        cancellation.throwIfCancelled();
        return results;
    }

    /** One member's part of a round, made of one or more calls. */
    @FunctionalInterface
    interface MemberWork<V> {
        MemberResult<V> run(CouncilMember member, Calls calls);
    }

    /**
     * Sends one task to its member with retries (see {@link MemberCall}), as {@code spec} says: a step may have its
     * own output format and title, but shares the round's deadline.
     */
    interface Calls {
        <X> MemberResult<X> call(MemberTask<X> task, Consumer<RawAttempt> raw, RoundSpec spec);
    }

    private static <V> void start(CouncilMember member, CompletableFuture<MemberResult<V>> future,
            Supplier<MemberResult<V>> call) {
        Thread thread = new Thread(() -> {
            try {
                future.complete(call.get());
            } catch (Throwable failure) {
                future.completeExceptionally(failure);
            }
        }, "council-" + member.id());
        thread.setDaemon(true);
        thread.start();
    }

    private static <V> MemberResult<V> await(String member, CompletableFuture<MemberResult<V>> future,
            Deadline deadline, RoundControl control) {
        try {
            return future.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            future.complete(MemberResult.without(MemberReport.timedOut(member, control.prompts(member))));
            control.abort(member);
            return await(member, future, deadline, control);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Cancellation.CancelledException) {
                throw (Cancellation.CancelledException) failed.getCause();
            }
            // A runtime adapter broke its contract; the member failed, the round goes on.
            return MemberResult.without(new MemberReport(member, Quorum.Outcome.FAILED, Optional.empty(),
                    Optional.of(String.valueOf(failed.getCause())), control.prompts(member), List.of()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            control.cancel();
            throw new Cancellation.CancelledException();
        }
    }
}
