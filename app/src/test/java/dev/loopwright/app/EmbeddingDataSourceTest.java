package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.port.in.CreateProjectCommand;
import dev.loopwright.application.port.in.StartupStatus;
import dev.loopwright.domain.project.ProjectOverrides;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** An embedder's own SQLite DataSource holds Loopwright's tables; the data directory keeps the rest. */
class EmbeddingDataSourceTest {
    @TempDir
    Path temp;

    @Test
    void whatLoopwrightStoresIsInTheEmbeddersDatabase() throws Exception {
        SQLiteDataSource own = walDataSource(temp.resolve("app.db"));
        Path dataDir = temp.resolve("data");
        String repo = LocalFixtures.shopRepository(temp).toString();
        LoopwrightConfig config = LoopwrightConfig.of(dataDir, LoopwrightConfig.openCode(LocalFixtures.nothingListening()))
                .withDataSource(own);

        try (Loopwright loopwright = Loopwright.open(config)) {
            loopwright.useCases().createProject().create(
                    CreateProjectCommand.of("Shop", "SHOP", repo, null, null, ProjectOverrides.NONE));
            StartupStatus startup = loopwright.useCases().startupStatus().status();
            assertThat(startup.storageKind()).isEqualTo("fresh");
            assertThat(startup.databasePath()).isEqualTo(temp.resolve("app.db").toString());
        }

        try (Connection connection = own.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT shortname, name FROM projects")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("shortname")).isEqualTo("SHOP");
            assertThat(row.getString("name")).isEqualTo("Shop");
        }
        assertThat(dataDir.resolve("loopwright.db")).doesNotExist();
        try (Loopwright reopened = Loopwright.open(config)) {
            assertThat(reopened.useCases().startupStatus().status().storageKind()).isEqualTo("restored");
        }
    }

    @Test
    void aDataSourceLoopwrightCannotRunOnIsRefusedAndTheDataDirectoryIsReleased() throws Exception {
        SQLiteDataSource rollbackJournal = new SQLiteDataSource();
        rollbackJournal.setUrl("jdbc:sqlite:" + temp.resolve("app.db"));
        LoopwrightConfig config = LoopwrightConfig.of(temp.resolve("data"),
                LoopwrightConfig.openCode(LocalFixtures.nothingListening()));

        assertThatThrownBy(() -> Loopwright.open(config.withDataSource(rollbackJournal)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal_mode=delete; Loopwright needs WAL");
        Loopwright.open(config).close();
    }

    private static SQLiteDataSource walDataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }
}
