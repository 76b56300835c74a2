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
        RoundControl control = new RoundControl(runtime);
        List<CompletableFuture<MemberResult<V>>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(new CompletableFuture<>()));
        cancellation.onCancel(() -> {
            control.cancel();
            futures.forEach(future -> future.completeExceptionally(new Cancellation.CancelledException()));
        });
        for (int i = 0; i < tasks.size(); i++) {
            start(tasks.get(i), futures.get(i), new MemberCall<>(runtime, spec, control, raw, tasks.get(i)));
        }
        List<MemberResult<V>> results = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            results.add(await(tasks.get(i).member().id(), futures.get(i), spec.deadline(), control));
        }
        cancellation.throwIfCancelled();
        return results;
    }

    private static <V> void start(MemberTask<V> task, CompletableFuture<MemberResult<V>> future, MemberCall<V> call) {
        Thread thread = new Thread(() -> {
            try {
                future.complete(call.run());
            } catch (Throwable failure) {
                future.completeExceptionally(failure);
            }
        }, "council-" + task.member().id());
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
