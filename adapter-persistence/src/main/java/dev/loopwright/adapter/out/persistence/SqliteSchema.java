package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.error.PersistenceException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to this build's schema with the versioned scripts in {@code migration/}. */
final class SqliteSchema {
    static final String LOCATION = "classpath:dev/loopwright/adapter/out/persistence/migration";

    private SqliteSchema() {
    }

    /**
     * Applies pending migrations in order. A database already migrated by a newer build is refused before
     * anything is written, because this build cannot know what the newer schema means.
     */
    static MigrateResult migrate(DataSource dataSource, String description) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .load();
        String newer = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        if (!newer.isEmpty()) {
            throw new PersistenceException("The database " + description + " was written by a newer version of"
                    + " Loopwright (schema version " + newer + "). Upgrade Loopwright, or use another data directory;"
                    + " the database was left unchanged.", null);
        }
        return flyway.migrate();
    }
}
