package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.PersistenceException;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.BeadExecutionRepository;
import dev.loopwright.application.port.out.ErrorOccurrenceRepository;
import dev.loopwright.application.port.out.NoticeRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.application.port.out.StatusHistoryRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UiStateRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Loopwright's storage: one SQLite database file in WAL mode, migrated on open, behind every repository port.
 * {@code synchronous=FULL}: a commit that returned survives a killed process and a power cut.
 */
public final class SqliteStore {
    /** How long a writer waits for another writer before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Path file;
    private final boolean createdSchema;
    private final Database db;
    private final Clock clock;
    /**
     * One for the whole store: its after-commit actions are per thread, so a unit of work nested in another (an
     * interview edit that applies its planning restart) must see the outer one to wait for its commit.
     */
    private final UnitOfWork unitOfWork;

    private SqliteStore(Path file, Database db, Clock clock, boolean createdSchema) {
        this.file = file;
        this.createdSchema = createdSchema;
        this.db = db;
        this.clock = clock;
        this.unitOfWork = new JdbiUnitOfWork(db);
    }

    /** Opens (creating when needed) the database file and brings its schema up to date. */
    public static SqliteStore open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new PersistenceException("Cannot create the data directory " + absolute.getParent(), e);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        return open(absolute, dataSource, dataSource::getConnection, clock);
    }

    /**
     * Opens the SQLite database behind a caller's DataSource (its own pool, say) and brings its schema up to date.
     * The database must be a file in WAL mode reached through sqlite-jdbc; otherwise this throws an
     * {@link IllegalArgumentException} naming what is wrong. While the store holds a connection it has foreign
     * keys on, the store's busy timeout, {@code synchronous=FULL} and IMMEDIATE write transactions, as a store opened
     * by path has; the connection gets its own settings back when the store returns it. Closing the DataSource stays
     * with the caller.
     */
    public static SqliteStore open(DataSource dataSource, Clock clock) {
        Path file = SqliteDataSourceCheck.databaseFile(dataSource);
        SqliteConnections connections = new SqliteConnections(dataSource);
        SqliteDataSourceCheck.settingsHold(connections);
        // Migrations run on the caller's connections as it configured them: they only create tables and indexes,
        // which neither foreign keys nor the transaction mode affect. A migration that moves rows would need the
        // store's settings here too.
        return open(file, dataSource, connections, clock);
    }

    private static SqliteStore open(Path file, DataSource migrations, ConnectionFactory connections, Clock clock) {
        MigrateResult migrated = SqliteSchema.migrate(migrations, file.toString());
        return new SqliteStore(file, new Database(Jdbi.create(connections)), clock,
                migrated.initialSchemaVersion == null);
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Writers take the lock when they begin, so two writers queue instead of deadlocking on upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    public Path file() {
        return file;
    }

    /** Whether this open found no schema and created it: the database was new (or empty) to Loopwright. */
    public boolean createdSchema() {
        return createdSchema;
    }

    public ProfileRepository profiles() {
        return new JdbiProfileRepository(db, clock);
    }

    public ProjectRepository projects() {
        return new JdbiProjectRepository(db);
    }

    public TicketRepository tickets() {
        return new JdbiTicketRepository(db);
    }

    public PhaseAttemptRepository attempts() {
        return new JdbiPhaseAttemptRepository(db);
    }

    public ArtifactRepository artifacts() {
        return new JdbiArtifactRepository(db);
    }

    public UiStateRepository uiStates() {
        return new JdbiUiStateRepository(db);
    }

    public StatusHistoryRepository history() {
        return new JdbiStatusHistoryRepository(db);
    }

    public ErrorOccurrenceRepository errors() {
        return new JdbiErrorOccurrenceRepository(db);
    }

    public SessionRegistry sessions() {
        return new JdbiSessionRegistry(db);
    }

    public BeadExecutionRepository beadExecutions() {
        return new JdbiBeadExecutionRepository(db, clock);
    }

    public NoticeRepository notices() {
        return new JdbiNoticeRepository(db);
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The feedback intake's repositories (the {@code /api/v1} developer API). */
    public IntakeStore intake() {
        return new IntakeStore(db);
    }

    /** {@code PRAGMA integrity_check}: "ok" for a healthy database. */
    public String integrityCheck() {
        return db.read(h -> String.join("\n", h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
    }
}
