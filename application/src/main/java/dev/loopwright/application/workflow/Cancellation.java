package dev.loopwright.application.workflow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A ticket's cancellation signal, threaded through every phase and model call so that cancelling a ticket
 * stops its work wherever it is. Cancelling is not failing: it never blocks the ticket.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} once cancelled; call between steps of long work. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    /** Runs {@code listener} on cancellation (at once if already cancelled), e.g. to abort a remote session. */
    public void onCancel(Runnable listener) {
        listeners.add(listener);
        if (cancelled) {
            listener.run();
        }
    }

    void cancel() {
        if (!cancelled) {
            cancelled = true;
            listeners.forEach(Runnable::run);
        }
    }

    /** Unwinds a cancelled phase; the runner swallows it. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
