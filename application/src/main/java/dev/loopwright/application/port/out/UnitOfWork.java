package dev.loopwright.application.port.out;

import java.util.function.Supplier;

/**
 * Runs several repository calls as one atomic change: all of them are stored, or none. A status change,
 * its history row, its error occurrence and its phase attempt are written this way.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
