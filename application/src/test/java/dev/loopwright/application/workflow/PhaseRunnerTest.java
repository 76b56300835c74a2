package dev.loopwright.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhaseRunnerTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final Repositories repositories = InMemoryRepositories.create();
    private final AtomicReference<EventPublisher> listener = new AtomicReference<>(n -> { });
    private final TicketTransitionService transitions = new TicketTransitionService(repositories.tickets(),
            repositories.history(), repositories.errors(), repositories.attempts(), repositories.unitOfWork(),
            notification -> listener.get().publish(notification), clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<TicketNotification> logged = new CopyOnWriteArrayList<>();
    private Ticket ticket;

    @BeforeEach
    void aTicket() {
        Project project = repositories.projects().create(new NewProject(new Shortname("SHOP"), Path.of("/r"),
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        ticket = repositories.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("t", null, null), clock.instant()));
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private PhaseRunner runner(Map<TicketStatus, PhaseHandler> handlers, Executor executor) {
        PhaseRunner runner = new PhaseRunner(transitions, repositories.tickets(), handlers,
                Map.of(TicketStatus.SCANNING_RELEVANT_FILES, "RELEVANT_FILES_SCAN_FAILED"), executor, logged::add);
        listener.set(runner);
        return runner;
    }

    private TicketStatus status() {
        return repositories.tickets().findById(ticket.id()).orElseThrow().status();
    }

    @Test
    void enteringAStatusRunsItsHandlerAndTheResultMovesTheTicketOn() {
        runner(Map.of(
                TicketStatus.SCANNING_RELEVANT_FILES, ctx -> Optional.of(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY)),
                TicketStatus.COUNCIL_DELIBERATING, ctx -> Optional.of(TicketEvent.of(TicketEventType.QUESTIONS_READY))),
                Runnable::run);
        transitions.apply(ticket.id(), TestSettings.start());
        assertThat(status()).isEqualTo(TicketStatus.COUNCIL_VOTING_INTERVIEW);
        assertThat(repositories.history().findAll(ticket.id())).hasSize(3);
    }

    @Test
    void eachRunIsLoggedFromStartToEnd() {
        runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            throw new IllegalStateException("repository unreadable");
        }), Runnable::run);
        transitions.apply(ticket.id(), TestSettings.start());

        assertThat(logged).extracting(line -> ((TicketNotification.LogLine) line).message()).containsExactly(
                "SCANNING_RELEVANT_FILES started", "SCANNING_RELEVANT_FILES failed: repository unreadable");
        assertThat(logged).extracting(line -> ((TicketNotification.LogLine) line).level())
                .containsExactly(TicketNotification.LogLine.Level.INFO, TicketNotification.LogLine.Level.ERROR);
    }

    @Test
    void anExceptionBlocksTheTicketWithTheStatusErrorCode() {
        runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            throw new IllegalStateException("repository unreadable");
        }), Runnable::run);
        transitions.apply(ticket.id(), TestSettings.start());
        Ticket blocked = repositories.tickets().findById(ticket.id()).orElseThrow();
        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(blocked.workflow().error()).hasValueSatisfying(error -> {
            assertThat(error.message()).isEqualTo("repository unreadable");
            assertThat(error.codes()).containsExactly("RELEVANT_FILES_SCAN_FAILED");
        });
    }

    @Test
    void aNamedFailureKeepsItsCodesAndDiagnostics() {
        runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            throw new PhaseFailure("OpenCode is not reachable", List.of("OPENCODE_UNREACHABLE"), Optional.of("port 4096"));
        }), Runnable::run);
        transitions.apply(ticket.id(), TestSettings.start());
        assertThat(repositories.errors().findOpen(ticket.id())).hasValueSatisfying(open -> {
            assertThat(open.error().codes()).containsExactly("OPENCODE_UNREACHABLE");
            assertThat(open.error().diagnostics()).contains("port 4096");
        });
    }

    @Test
    void aCancelledPhaseNeverBlocks() {
        runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            throw new Cancellation.CancelledException();
        }), Runnable::run);
        transitions.apply(ticket.id(), TestSettings.start());
        assertThat(status()).isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        assertThat(repositories.errors().findAll(ticket.id())).isEmpty();
    }

    @Test
    void aStatusRunsOnceAtATimeAndCancellationReachesTheRunningWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch sawCancel = new CountDownLatch(1);
        PhaseRunner runner = runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            runs.incrementAndGet();
            ctx.cancellation().onCancel(sawCancel::countDown);
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return Optional.of(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
        }), pool);
        transitions.apply(ticket.id(), TestSettings.start());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        runner.entered(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES);
        runner.recover();
        assertThat(runner.isRunning(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)).isTrue();

        runner.cancel(ticket.id());
        assertThat(sawCancel.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).isEqualTo(1);
        assertThat(status()).as("a cancelled run's result is dropped").isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
    }

    @Test
    void aPlanningRestartCancelsTheStaleRunAndStartsTheRestartedStatusAgainWithoutWaitingForIt() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch firstCancelled = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        PhaseRunner runner = runner(Map.of(TicketStatus.DRAFTING_PRD, ctx -> {
            if (runs.incrementAndGet() == 1) {
                ctx.cancellation().onCancel(firstCancelled::countDown);
                firstStarted.countDown();
                releaseFirst.await(10, TimeUnit.SECONDS);
            }
            return Optional.of(TicketEvent.of(TicketEventType.DRAFTS_READY));
        }), pool);
        List<TicketNotification> heard = new CopyOnWriteArrayList<>();
        CountDownLatch voting = new CountDownLatch(1);
        listener.set(notification -> {
            heard.add(notification);
            runner.publish(notification);
            if (notification instanceof TicketNotification.StateChanged changed
                    && changed.to() == TicketStatus.COUNCIL_VOTING_PRD) {
                voting.countDown();
            }
        });
        List.of(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY, TicketEventType.WINNER_SELECTED,
                TicketEventType.READY, TicketEventType.SKIP_ALL_TO_APPROVAL).forEach(type -> {
                    if (type == TicketEventType.RELEVANT_FILES_READY) {
                        transitions.apply(ticket.id(), TestSettings.start());
                    }
                    transitions.apply(ticket.id(), TicketEvent.of(type));
                });
        transitions.apply(ticket.id(), TicketEvent.of(TicketEventType.APPROVE));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        transitions.apply(ticket.id(), TicketEvent.of(TicketEventType.INTERVIEW_REVISED));

        assertThat(firstCancelled.await(10, TimeUnit.SECONDS)).as("the stale run is cancelled").isTrue();
        // The restarted run finishes while the stale one still waits; releasing that one changes nothing.
        assertThat(voting.await(10, TimeUnit.SECONDS)).isTrue();
        releaseFirst.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.get()).isEqualTo(2);
        assertThat(status()).isEqualTo(TicketStatus.COUNCIL_VOTING_PRD);
        assertThat(repositories.attempts().findAll(ticket.id(), TicketStatus.DRAFTING_PRD))
                .extracting(PhaseAttempt::attemptNumber, PhaseAttempt::isActive)
                .containsExactly(tuple(1, false), tuple(2, true));
        assertThat(heard).filteredOn(TicketNotification.ArtifactChanged.class::isInstance)
                .map(TicketNotification.ArtifactChanged.class::cast)
                .anySatisfy(changed -> {
                    assertThat(changed.invalidated()).isTrue();
                    assertThat(changed.phase()).isEqualTo(TicketStatus.DRAFTING_PRD);
                });
    }

    @Test
    void recoveryReentersEveryUnfinishedTicket() {
        transitions.apply(ticket.id(), TestSettings.start());
        AtomicInteger runs = new AtomicInteger();
        PhaseRunner restarted = runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            runs.incrementAndGet();
            return Optional.of(TicketEvent.of(TicketEventType.RELEVANT_FILES_READY));
        }), Runnable::run);
        restarted.recover();
        assertThat(runs.get()).isEqualTo(1);
        assertThat(status()).isEqualTo(TicketStatus.COUNCIL_DELIBERATING);
    }

    @Test
    void stoppingCancelsRunningPhasesWithoutBlockingAndStartsNoNewOnes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        PhaseRunner runner = runner(Map.of(TicketStatus.SCANNING_RELEVANT_FILES, ctx -> {
            started.countDown();
            CountDownLatch cancelled = new CountDownLatch(1);
            ctx.cancellation().onCancel(cancelled::countDown);
            cancelled.await(10, TimeUnit.SECONDS);
            // What a model call does when its session is aborted under it.
            throw new IllegalStateException("the session was aborted");
        }), pool);
        transitions.apply(ticket.id(), TestSettings.start());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        runner.stop();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(status()).as("shutting down never blocks a ticket").isEqualTo(TicketStatus.SCANNING_RELEVANT_FILES);
        runner.recover();
        assertThat(runner.isRunning(ticket.id(), TicketStatus.SCANNING_RELEVANT_FILES)).isFalse();
    }
}
