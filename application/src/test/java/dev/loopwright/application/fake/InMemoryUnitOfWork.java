package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises units of work, which is the isolation the in-memory repositories need. It cannot roll back:
 * tests of rollback belong to the real store's contract tests.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
