package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.PersistenceException;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.TicketDetails;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/** A store on an embedder's own DataSource: what it accepts, what it refuses, and what it leaves as it was. */
class SqliteStoreOnDataSourceTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.atEpochDay();

    /** What an embedder might pass: WAL, and otherwise sqlite-jdbc's defaults (foreign keys off, DEFERRED). */
    private SQLiteDataSource callers(String file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve(file));
        return dataSource;
    }

    private Project project(SqliteStore store) {
        return store.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repos/shop"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
    }

    @Test
    void aStoreOnTheCallersDataSourceMigratesStoresAndReadsBack() {
        SqliteStore store = SqliteStore.open(callers("own.db"), clock);
        Project project = project(store);

        assertThat(store.createdSchema()).isTrue();
        assertThat(store.file()).isEqualTo(folder.resolve("own.db").toAbsolutePath());
        assertThat(store.projects().findById(project.id())).contains(project);
        assertThat(store.integrityCheck()).isEqualTo("ok");
        SqliteStore reopened = SqliteStore.open(callers("own.db"), clock);
        assertThat(reopened.createdSchema()).isFalse();
        assertThat(reopened.projects().findById(project.id())).contains(project);
    }

    @Test
    void whatIsWrittenThroughTheDataSourceIsReadByAStoreOpenedByPathOnTheSameFile() {
        Project project = project(SqliteStore.open(callers("shared.db"), clock));

        SqliteStore byPath = SqliteStore.open(folder.resolve("shared.db"), clock);
        assertThat(byPath.createdSchema()).isFalse();
        assertThat(byPath.projects().findById(project.id())).contains(project);
    }

    @Test
    void foreignKeysAreEnforcedThoughTheDataSourceLeavesThemOff() {
        SqliteStore store = SqliteStore.open(callers("own.db"), clock);

        assertThatThrownBy(() -> store.tickets().create(new NewTicket(new ProjectId(77), ExternalId.parse("NOPE-1"),
                TicketDetails.of("t", null, null), clock.instant()))).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void writesBeginImmediateAndThePooledConnectionGetsItsOwnSettingsBack() throws Exception {
        Connection pooled = callers("own.db").getConnection();
        SqliteStore store = SqliteStore.open(oneConnectionPool(pooled), clock);
        SQLiteConnection sqlite = pooled.unwrap(SQLiteConnection.class);

        List<Object> inside = store.unitOfWork().inTransaction(() -> {
            project(store);
            return List.of(sqlite.getCurrentTransactionMode(), pragma(pooled, "foreign_keys"));
        });

        assertThat(inside).containsExactly(TransactionMode.IMMEDIATE, "1");
        assertThat(sqlite.getConnectionConfig().getTransactionMode()).isEqualTo(TransactionMode.DEFERRED);
        assertThat(pragma(pooled, "foreign_keys")).isEqualTo("0");
        assertThat(pragma(pooled, "busy_timeout")).isEqualTo("3000");
        pooled.close();
    }

    @Test
    void aDataSourceThatIsNotSqliteIsRefusedByName() {
        assertThatThrownBy(() -> SqliteStore.open(reportingProduct("PostgreSQL"), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The DataSource is not SQLite: PostgreSQL");
    }

    @Test
    void aDatabaseNotInWalModeIsRefusedAndLeftAsItWas() throws Exception {
        SQLiteDataSource rollbackJournal = new SQLiteDataSource();
        rollbackJournal.setUrl("jdbc:sqlite:" + folder.resolve("delete.db"));

        assertThatThrownBy(() -> SqliteStore.open(rollbackJournal, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal_mode=delete; Loopwright needs WAL");
        try (Connection connection = rollbackJournal.getConnection()) {
            assertThat(pragma(connection, "journal_mode")).isEqualTo("delete");
        }
    }

    @Test
    void aDatabaseHoldingTheCallersOwnTablesIsRefusedByTheirNames() throws Exception {
        SQLiteDataSource shared = callers("shared.db");
        try (Connection connection = shared.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)");
            statement.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)");
        }

        assertThatThrownBy(() -> SqliteStore.open(shared, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds tables Loopwright did not create (orders, customers)");
    }

    @Test
    void anInMemoryDatabaseIsRefused() {
        SQLiteDataSource memory = new SQLiteDataSource();
        memory.setUrl("jdbc:sqlite::memory:");

        assertThatThrownBy(() -> SqliteStore.open(memory, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in-memory or temporary database");
    }

    @Test
    void aPoolHandingOutConnectionsWithAutoCommitOffIsRefused() throws Exception {
        Connection pooled = callers("own.db").getConnection();
        pooled.setAutoCommit(false);

        assertThatThrownBy(() -> SqliteStore.open(oneConnectionPool(pooled), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The DataSource gives connections with auto-commit off; Loopwright needs them in auto-commit mode");
        pooled.close();
    }

    private static String pragma(Connection connection, String name) {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pool of one: every borrower gets {@code connection}, and giving it back leaves it open. */
    private static DataSource oneConnectionPool(Connection connection) {
        Connection borrowed = proxy(Connection.class, (method, args) -> method.getName().equals("close")
                ? null : method.invoke(connection, args));
        return proxy(DataSource.class, (method, args) -> method.getName().equals("getConnection")
                ? borrowed : null);
    }

    /** A DataSource whose connections say they are {@code product}, and can do nothing else. */
    private static DataSource reportingProduct(String product) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class,
                (method, args) -> method.getName().equals("getDatabaseProductName") ? product : null);
        Connection connection = proxy(Connection.class,
                (method, args) -> method.getName().equals("getMetaData") ? metaData : null);
        return proxy(DataSource.class, (method, args) -> method.getName().equals("getConnection") ? connection : null);
    }

    private interface Answer {
        Object answer(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return answer.answer(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
