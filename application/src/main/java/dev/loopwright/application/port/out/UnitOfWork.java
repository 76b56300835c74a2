package dev.loopwright.application.port.out;

import java.util.function.Supplier;

/**
 * Runs several repository calls as one atomic change: all of them are stored, or none. A status change,
 * its history row, its error occurrence and its phase attempt are written this way.
 */
public interface UnitOfWork {

    /** Runs {@code work} in a transaction; inside another unit of work it joins that one. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the outermost unit of work open on this thread has committed, or at once when none
     * is open; never when it rolls back. For telling others of a change only once it is durable.
     */
    void afterCommit(Runnable action);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
