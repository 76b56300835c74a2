package dev.loopwright.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;

/**
 * The SQLite settings that hold per connection, not per database file: SQLite forgets them when a connection closes,
 * so a pool's connections keep whatever their last user set.
 *
 * @param synchronous {@code PRAGMA synchronous} as a number: 2 is FULL
 * @param transactionMode how sqlite-jdbc begins a transaction when auto-commit is turned off
 */
record ConnectionSettings(boolean foreignKeys, int busyTimeoutMillis, int synchronous,
        TransactionMode transactionMode) {

    /** What {@link SqliteStore} opens its own file with; a caller's connections get the same while the store holds them. */
    static final ConnectionSettings STORE = new ConnectionSettings(true, SqliteStore.BUSY_TIMEOUT_MILLIS, 2,
            TransactionMode.IMMEDIATE);

    static ConnectionSettings of(Connection connection) throws SQLException {
        return new ConnectionSettings(pragma(connection, "foreign_keys") == 1, pragma(connection, "busy_timeout"),
                pragma(connection, "synchronous"),
                connection.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode());
    }

    void applyTo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
            statement.execute("PRAGMA busy_timeout = " + busyTimeoutMillis);
            statement.execute("PRAGMA synchronous = " + synchronous);
        }
        connection.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(transactionMode);
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }
}
