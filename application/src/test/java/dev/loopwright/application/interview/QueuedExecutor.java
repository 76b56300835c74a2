package dev.loopwright.application.interview;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Holds background work until the test runs it, so "returns before the model is asked" can be asserted. */
final class QueuedExecutor implements Executor {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
        queued.add(command);
    }

    synchronized int size() {
        return queued.size();
    }

    /** Runs what is queued, including work queued meanwhile, on this thread. */
    void runAll() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    private synchronized Runnable poll() {
        return queued.poll();
    }
}
