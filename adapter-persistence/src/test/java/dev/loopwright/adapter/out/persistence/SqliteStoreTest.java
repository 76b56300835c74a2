package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.PersistenceException;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.service.TicketService;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.atEpochDay();

    private SqliteStore open() {
        return SqliteStore.open(folder.resolve("loopwright.db"), clock);
    }

    private Project project(SqliteStore store) {
        return store.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/repos/shop"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
    }

    private String pragma(String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("loopwright.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aNewDatabaseIsMigratedInWalModeAndChecksOut() throws Exception {
        SqliteStore store = open();
        assertThat(store.integrityCheck()).isEqualTo("ok");
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(Files.exists(folder.resolve("loopwright.db"))).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertThat(versions).contains("1");
        }
    }

    @Test
    void reopeningKeepsTheDataAndAppliesNothingTwice() {
        Project project = project(open());
        SqliteStore reopened = open();
        assertThat(reopened.projects().findById(project.id())).contains(project);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        open();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("loopwright.db"));
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (99, '999', 'future',"
                    + " 'SQL', 'V999__future.sql', 0, 'test', '2030-01-01 00:00:00', 1, 1)");
        }
        byte[] before = Files.readAllBytes(folder.resolve("loopwright.db"));
        assertThatThrownBy(this::open).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("written by a newer version of Loopwright (schema version 999)");
        assertThat(Files.readAllBytes(folder.resolve("loopwright.db"))).isEqualTo(before);
    }

    @Test
    void foreignKeysAreEnforced() {
        SqliteStore store = open();
        assertThatThrownBy(() -> store.tickets().create(new NewTicket(
                new ProjectId(77), ExternalId.parse("NOPE-1"),
                TicketDetails.of("t", null, null), clock.instant()))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void aFailedUnitOfWorkLeavesNoTrace() {
        SqliteStore store = open();
        Project project = project(store);
        assertThatThrownBy(() -> store.unitOfWork().inTransaction(() -> {
            store.projects().nextTicketNumber(project.id());
            store.tickets().create(new NewTicket(project.id(),
                    ExternalId.parse("SHOP-1"), TicketDetails.of("t", null, null),
                    clock.instant()));
            throw new IllegalStateException("crash between the writes");
        })).hasMessage("crash between the writes");
        assertThat(store.tickets().findAll(Optional.empty())).isEmpty();
        assertThat(store.projects().findById(project.id()).orElseThrow().ticketCounter()).isZero();
    }

    @Test
    void eightThreadsCreatingAThousandTicketsGetDistinctGapFreeNumbers() throws Exception {
        SqliteStore store = open();
        Project project = project(store);
        TicketService tickets = new TicketService(store.projects(), store.tickets(), store.unitOfWork(), clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Ticket>> creates = IntStream.range(0, 1_000)
                    .<Callable<Ticket>>mapToObj(i -> () -> tickets.create(new CreateTicketCommand(project.id(),
                            TicketDetails.of("ticket " + i, null, null))))
                    .toList();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Ticket> created : pool.invokeAll(creates)) {
                numbers.add(created.get().externalId().number());
            }
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 1_000).boxed().toList());
            assertThat(store.tickets().findAll(Optional.of(project.id()))).hasSize(1_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUnitOfWorkNestedInAnotherFromTheSameStoreWaitsForTheOuterCommit() {
        SqliteStore store = open();
        java.util.List<String> order = new java.util.ArrayList<>();
        store.unitOfWork().inTransaction(() -> {
            store.unitOfWork().inTransaction(() -> store.unitOfWork().afterCommit(() -> order.add("after commit")));
            order.add("outer work done");
        });
        assertThat(order).containsExactly("outer work done", "after commit");
    }
}
