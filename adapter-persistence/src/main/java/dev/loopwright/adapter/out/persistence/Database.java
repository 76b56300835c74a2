package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.LoopwrightException;
import dev.loopwright.application.error.PersistenceException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Runs statements and turns storage failures into the application's exceptions, so no Jdbi or JDBC type
 * escapes the adapter. Calls nested inside a unit of work share its handle and transaction (Jdbi keeps
 * one handle per thread while a callback runs).
 */
final class Database {
    private final Jdbi jdbi;

    Database(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <T> T read(HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Writes run in an IMMEDIATE transaction: SQLite then queues writers instead of failing on upgrade. */
    <T> T write(HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    private static LoopwrightException translate(JdbiException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException) {
                SQLiteErrorCode code = ((SQLiteException) cause).getResultCode();
                if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
                    return new ConflictException("Already exists: " + cause.getMessage());
                }
            }
        }
        return new PersistenceException("Database operation failed: " + e.getMessage(), e);
    }
}
