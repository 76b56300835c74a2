package dev.loopwright.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * A caller's SQLite connections with the store's {@link ConnectionSettings} while the store holds them. What a
 * connection had before is put back when the store gives it back, so the caller's own use of its pool behaves as it
 * configured it (foreign keys off, say), whichever connections the store used.
 *
 * <p>IMMEDIATE writes come from sqlite-jdbc's per-connection transaction mode rather than a {@code BEGIN IMMEDIATE}
 * of our own: Jdbi begins a transaction by turning auto-commit off, which sqlite-jdbc turns into that mode's BEGIN, so
 * Jdbi's own transaction handling (nesting, rollback) stays as it is for a store opened by path.
 */
final class SqliteConnections implements ConnectionFactory {
    private final DataSource dataSource;
    private final Map<Connection, ConnectionSettings> before = Collections.synchronizedMap(new IdentityHashMap<>());

    SqliteConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            ConnectionSettings own = ConnectionSettings.of(connection);
            ConnectionSettings.STORE.applyTo(connection);
            before.put(connection, own);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        try {
            ConnectionSettings own = before.remove(connection);
            if (own != null && !connection.isClosed()) {
                own.applyTo(connection);
            }
        } finally {
            connection.close();
        }
    }
}
