package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One SQLite transaction around a use case's repository calls; an exception rolls all of them back. */
final class JdbiUnitOfWork implements UnitOfWork {
    private final Database db;

    JdbiUnitOfWork(Database db) {
        this.db = db;
    }

    /** The after-commit actions of the outermost unit of work open on each thread. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (afterCommit.get() != null) {
            return db.write(handle -> work.get());
        }
        List<Runnable> actions = new ArrayList<>();
        afterCommit.set(actions);
        T result;
        try {
            result = db.write(handle -> work.get());
        } finally {
            afterCommit.remove();
        }
        actions.forEach(Runnable::run);
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
