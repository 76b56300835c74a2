package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.workflow.TicketEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs up to {@code width} beads at once: whenever one finishes, every bead it unblocked may start. A bead that
 * blocks the ticket (or fails) stops new beads from starting; the ones already running finish their own bead, since
 * their work is independent and durable, and then the first blocking event is returned.
 */
final class SideBySideBeads {
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Runs one bead to its end: empty when it is done (or must run again later), else the event that blocks. */
    interface BeadRun {
        Optional<TicketEvent> run(Bead bead);
    }

    private final int width;

    SideBySideBeads(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        this.width = width;
    }

    /**
     * Runs beads until none is left to start and none is running. Empty then (the caller checks that all are done);
     * the first blocking event otherwise. A bead's exception is rethrown once the others have stopped.
     */
    Optional<TicketEvent> run(Supplier<BeadExecutionState> state, Function<BeadExecutionState, List<Bead>> startable,
            BeadRun beadRun, Cancellation cancellation) {
        ExecutorService pool = Executors.newFixedThreadPool(width, task -> {
            Thread thread = new Thread(task, "loopwright-bead-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<Optional<TicketEvent>> finished = new ExecutorCompletionService<>(pool);
        Map<Future<Optional<TicketEvent>>, String> running = new HashMap<>();
        Optional<TicketEvent> blocked = Optional.empty();
        RuntimeException failure = null;
        try {
            while (true) {
                if (blocked.isEmpty() && failure == null && !cancellation.isCancelled()) {
                    for (Bead bead : startable.apply(state.get())) {
                        if (running.size() >= width) {
                            break;
                        }
                        if (!running.containsValue(bead.id())) {
                            running.put(finished.submit(() -> beadRun.run(bead)), bead.id());
                        }
                    }
                }
                if (running.isEmpty()) {
                    break;
                }
                Future<Optional<TicketEvent>> next = finished.take();
                running.remove(next);
                try {
                    Optional<TicketEvent> outcome = next.get();
                    blocked = blocked.or(() -> outcome);
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : unchecked(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.throwIfCancelled();
            throw new IllegalStateException("interrupted while beads were running", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure != null) {
            throw failure;
        }
        cancellation.throwIfCancelled();
        return blocked;
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }
}
