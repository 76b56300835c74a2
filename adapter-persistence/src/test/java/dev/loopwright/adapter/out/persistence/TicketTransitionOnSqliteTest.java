package dev.loopwright.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.port.out.ErrorOccurrenceRepository;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ErrorOccurrence;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.BlockingError;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transition and all its bookkeeping commit together on SQLite, or not at all. */
class TicketTransitionOnSqliteTest {
    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.atEpochDay();
    private SqliteStore store;
    private Ticket ticket;

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(folder.resolve("loopwright.db"), clock);
        Project project = store.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/r/shop"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = store.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
    }

    private TicketTransitionService service(ErrorOccurrenceRepository errors) {
        return new TicketTransitionService(store.tickets(), store.history(), errors, store.attempts(),
                store.unitOfWork(), new RecordingEventPublisher(), clock);
    }

    private static LockedSettings settings() {
        ModelId main = new ModelId("openai/gpt-5");
        return new LockedSettings(main, Optional.empty(), List.of(main, new ModelId("x/y")), Map.of(), 50, 20, 2, 5, 5,
                1, false, SettingSource.DEFAULT, GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
    }

    @Test
    void aBlockIsStoredWithHistoryAttemptAndOccurrenceAndSurvivesReopening() {
        service(store.errors()).apply(ticket.id(), new TicketEvent.Start(settings()));
        service(store.errors()).apply(ticket.id(), TicketEvent.error("scan failed", List.of("RELEVANT_FILES_SCAN_FAILED")));

        SqliteStore reopened = SqliteStore.open(folder.resolve("loopwright.db"), clock);
        assertThat(reopened.tickets().findById(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(reopened.history().findAll(ticket.id())).hasSize(2);
        assertThat(reopened.attempts().findActive(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)).isPresent();
        assertThat(reopened.errors().findOpen(ticket.id())).hasValueSatisfying(
                o -> assertThat(o.error().message()).isEqualTo("scan failed"));
    }

    @Test
    void aFailureInTheLastWriteRollsBackTheWholeTransition() {
        service(store.errors()).apply(ticket.id(), new TicketEvent.Start(settings()));
        Ticket before = store.tickets().findById(ticket.id()).orElseThrow();
        ErrorOccurrenceRepository failing = new FailingOnOpen(store.errors());

        assertThatThrownBy(() -> service(failing).apply(ticket.id(), TicketEvent.error("boom", List.of())))
                .hasMessage("disk full");

        assertThat(store.tickets().findById(ticket.id())).contains(before);
        assertThat(store.history().findAll(ticket.id())).hasSize(1);
        assertThat(store.errors().findAll(ticket.id())).isEmpty();
    }

    /** Fails where a full disk would, after the ticket row and the history row were already written. */
    private static final class FailingOnOpen implements ErrorOccurrenceRepository {
        private final ErrorOccurrenceRepository delegate;

        FailingOnOpen(ErrorOccurrenceRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public ErrorOccurrence open(TicketId ticketId, TicketStatus blockedFrom, BlockingError error, Instant at) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public Optional<ErrorOccurrence> findOpen(TicketId ticketId) {
            return delegate.findOpen(ticketId);
        }

        @Override
        public void resolve(ErrorOccurrence resolved) {
            delegate.resolve(resolved);
        }

        @Override
        public List<ErrorOccurrence> findAll(TicketId ticketId) {
            return delegate.findAll(ticketId);
        }
    }
}
