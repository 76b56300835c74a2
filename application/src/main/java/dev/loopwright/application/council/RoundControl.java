package dev.loopwright.application.council;

import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.runtime.RuntimeSession;
import dev.loopwright.application.workflow.Cancellation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sessions a round has in flight, so that a cancellation or the deadline can abort them, and how many prompts
 * each member was sent.
 */
final class RoundControl {
    private final ModelRuntime runtime;
    private final Map<String, RuntimeSession> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> prompts = new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    RoundControl(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    /** Records a prompt about to be sent in {@code session}; refused once the round is cancelled. */
    void sending(String member, RuntimeSession session) {
        prompts.computeIfAbsent(member, key -> new AtomicInteger()).incrementAndGet();
        inFlight.put(member, session);
        if (cancelled) {
            // The cancel may have run between the check and the put: abort what it could not see.
            abort(member);
            throw new Cancellation.CancelledException();
        }
    }

    void answered(String member) {
        inFlight.remove(member);
    }

    int prompts(String member) {
        AtomicInteger count = prompts.get(member);
        return count == null ? 0 : count.get();
    }

    boolean isCancelled() {
        return cancelled;
    }

    void throwIfCancelled() {
        if (cancelled) {
            throw new Cancellation.CancelledException();
        }
    }

    /** Aborts the member's prompt in flight, if any. */
    void abort(String member) {
        RuntimeSession session = inFlight.remove(member);
        if (session != null) {
            runtime.abort(session);
        }
    }

    void cancel() {
        cancelled = true;
        inFlight.keySet().forEach(this::abort);
    }
}
