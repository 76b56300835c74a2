package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** One SQLite transaction around a use case's repository calls; an exception rolls all of them back. */
final class JdbiUnitOfWork implements UnitOfWork {
    private final Database db;

    JdbiUnitOfWork(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.write(handle -> work.get());
    }
}
