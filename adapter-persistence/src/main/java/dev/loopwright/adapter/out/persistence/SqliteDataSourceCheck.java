package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.PersistenceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteConnection;

/**
 * Refuses a caller's DataSource the store cannot run on, naming what is wrong. What SQLite keeps per database file
 * (the WAL journal) is only checked: changing it would change the caller's database for every user of it. What it
 * keeps per connection is applied by {@link SqliteConnections}; this checks that it then holds.
 */
final class SqliteDataSourceCheck {
    private SqliteDataSourceCheck() {
    }

    /**
     * The database file behind {@code dataSource}, once it is a WAL-mode SQLite file reached through sqlite-jdbc
     * with connections in auto-commit mode, and empty or Loopwright's.
     */
    static Path databaseFile(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"SQLite".equalsIgnoreCase(product)) {
                throw refused("is not SQLite: " + product);
            }
            // The store begins its writes IMMEDIATE and reads SQLite's error codes through sqlite-jdbc's types.
            if (!connection.isWrapperFor(SQLiteConnection.class)) {
                throw refused("does not give sqlite-jdbc (org.xerial) connections: "
                        + connection.getMetaData().getDriverName());
            }
            // Per-connection pragmas are ignored inside a transaction, and the store begins its own transactions.
            if (!connection.getAutoCommit()) {
                throw refused("gives connections with auto-commit off; Loopwright needs them in auto-commit mode");
            }
            String file = text(connection, "SELECT file FROM pragma_database_list WHERE name = 'main'");
            if (file == null || file.isEmpty()) {
                throw refused("is an in-memory or temporary database; Loopwright needs a database file");
            }
            String journal = text(connection, "PRAGMA journal_mode");
            if (!"wal".equalsIgnoreCase(journal)) {
                throw refused("keeps its database in journal_mode=" + journal + "; Loopwright needs WAL"
                        + " (SQLiteConfig.setJournalMode(WAL), or PRAGMA journal_mode=WAL once)");
            }
            // Flyway would refuse them anyway, and Loopwright's table names are too plain to share a database safely.
            String foreign = text(connection, "SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND NOT EXISTS (SELECT 1 FROM sqlite_master"
                    + " WHERE type = 'table' AND name = 'flyway_schema_history')");
            if (foreign != null) {
                throw refused("holds tables Loopwright did not create (" + foreign + "); Loopwright needs a"
                        + " database of its own: an empty one, or one it created");
            }
            return Path.of(file);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot check the DataSource: " + e.getMessage(), e);
        }
    }

    /** Fails when a connection does not take the store's settings (one handed out inside a transaction does not). */
    static void settingsHold(SqliteConnections connections) {
        try {
            Connection connection = connections.openConnection();
            try {
                ConnectionSettings held = ConnectionSettings.of(connection);
                if (!held.equals(ConnectionSettings.STORE)) {
                    throw refused("gives connections that keep " + held + " after the store set "
                            + ConnectionSettings.STORE);
                }
            } finally {
                connections.closeConnection(connection);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("The DataSource gives connections that do not take the store's"
                    + " settings: " + e.getMessage(), e);
        }
    }

    private static String text(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static IllegalArgumentException refused(String problem) {
        return new IllegalArgumentException("The DataSource " + problem);
    }
}
