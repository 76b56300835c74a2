package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises units of work, which is the isolation the in-memory repositories need. It cannot roll back:
 * tests of rollback belong to the real store's contract tests.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private final ReentrantLock lock = new ReentrantLock();

    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        boolean outermost = afterCommit.get() == null;
        List<Runnable> actions = outermost ? new ArrayList<>() : afterCommit.get();
        afterCommit.set(actions);
        T result;
        try {
            result = work.get();
        } finally {
            if (outermost) {
                afterCommit.remove();
            }
            lock.unlock();
        }
        if (outermost) {
            actions.forEach(Runnable::run);
        }
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }
}
