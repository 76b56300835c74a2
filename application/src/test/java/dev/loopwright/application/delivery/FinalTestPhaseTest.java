package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.FolderRepositoryInspector;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.TestCancellation;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinalTestPhaseTest {
    private static final TicketStatus PHASE = TicketStatus.RUNNING_FINAL_TEST;

    @TempDir
    Path temp;

    private DeliveryFixture f;

    @BeforeEach
    void aTicketAtTheFinalTest() {
        f = new DeliveryFixture(temp);
        f.at(PHASE);
    }

    @Test
    void runsTheApprovedPlansTestCommandsInTheWorkingCopyWithTheIterationTimeoutAndPasses() throws Exception {
        f.approvedSetupPlan("mvn -q test", "npm run lint");

        Optional<TicketEvent> next = f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(next).contains(TicketEvent.of(TicketEventType.TESTS_PASSED));
        assertThat(f.commands.commands()).containsExactly("mvn -q test", "npm run lint");
        assertThat(f.commands.requests).allSatisfy(request -> {
            assertThat(request.workingDirectory()).isEqualTo(f.workingCopy);
            assertThat(request.timeout()).isEqualTo(DeliveryFixture.TIMEOUT);
        });
        JsonNode report = f.artifact(DeliveryArtifacts.FINAL_TEST_REPORT);
        assertThat(report.path("status").asText()).isEqualTo("passed");
        assertThat(report.path("commandSource").asText()).isEqualTo("setup_plan");
        assertThat(report.path("commands")).hasSize(2);
        assertThat(report.path("commands").get(0).path("exitCode").asInt()).isZero();
        assertThat(report.path("commands").get(0).path("outputTail").asText()).isEqualTo("ok: mvn -q test");
        assertThat(report.path("commands").get(0).has("durationMs")).isTrue();
    }

    @Test
    void withoutPlanCommandsTheBeadsTestCommandsRunEachOnce() throws Exception {
        Optional<TicketEvent> next = f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(next).contains(TicketEvent.of(TicketEventType.TESTS_PASSED));
        assertThat(f.commands.commands()).containsExactly("npm test");
        assertThat(f.artifact(DeliveryArtifacts.FINAL_TEST_REPORT).path("commandSource").asText())
                .isEqualTo("bead_test_commands");
    }

    @Test
    void aFailingCommandStopsTheRunAndBlocksWithTheCommandAndItsOutputTail() throws Exception {
        f.approvedSetupPlan("mvn -q test", "npm run lint");
        f.commands.fails("mvn -q test", 1, "Tests run: 3, Failures: 1\nBasketTest.keepsItems expected 2 but was 1");

        Optional<TicketEvent> next = f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(next).get().isInstanceOfSatisfying(TicketEvent.Failure.class, failure -> {
            assertThat(failure.type()).isEqualTo(TicketEventType.TESTS_FAILED);
            assertThat(failure.codes()).containsExactly(DeliveryArtifacts.FINAL_TEST_FAILED);
            assertThat(failure.message()).contains("`mvn -q test` exit 1", "expected 2 but was 1");
        });
        assertThat(f.commands.commands()).containsExactly("mvn -q test");
        JsonNode report = f.artifact(DeliveryArtifacts.FINAL_TEST_REPORT);
        assertThat(report.path("status").asText()).isEqualTo("failed");
        assertThat(report.path("commands").get(0).path("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void aTimedOutCommandFailsWithoutAnExitCode() throws Exception {
        f.approvedSetupPlan("sleep 999");
        f.commands.timesOut("sleep 999");

        Optional<TicketEvent> next = f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(next).get().extracting(TicketEvent::type).isEqualTo(TicketEventType.TESTS_FAILED);
        JsonNode run = f.artifact(DeliveryArtifacts.FINAL_TEST_REPORT).path("commands").get(0);
        assertThat(run.path("timedOut").asBoolean()).isTrue();
        assertThat(run.path("exitCode").isNull()).isTrue();
    }

    @Test
    void noCommandAnywhereFailsClearly() {
        f.r.artifacts().deleteAll(f.ticket.id());

        assertThatThrownBy(() -> f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .isInstanceOfSatisfying(PhaseFailure.class, failure -> {
                    assertThat(failure.codes()).containsExactly(DeliveryArtifacts.FINAL_TEST_FAILED);
                    assertThat(failure.getMessage()).startsWith("No final test commands");
                });
        assertThat(f.commands.requests).isEmpty();
    }

    @Test
    void cancellingTheTicketStopsTheRunningCommandAndNeverBlocks() throws Exception {
        f.approvedSetupPlan("mvn -q test");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Delivery delivery = new Delivery(new DeliveryPorts(f.r.tickets(), f.r.projects(), f.r.attempts(),
                f.r.artifacts(), f.git, request -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await();
                        throw new AssertionError("a command that never ends ended");
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                }, new FolderRepositoryInspector(), Optional.empty(), f.events, f.transitions),
                ticket -> Duration.ZERO, f.clock);
        PhaseContext context = f.context(PHASE);
        CompletableFuture<Optional<TicketEvent>> run = CompletableFuture.supplyAsync(() -> {
            try {
                return delivery.handlers().get(PHASE).run(context);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

        TestCancellation.cancel(context.cancellation());

        assertThatThrownBy(() -> run.get(1, TimeUnit.MINUTES))
                .hasCauseInstanceOf(Cancellation.CancelledException.class);
        assertThat(interrupted.getCount()).isZero();
        assertThat(f.artifacts(DeliveryArtifacts.FINAL_TEST_REPORT)).isEmpty();
    }

    @Test
    void runningAgainTestsAgainAndCommitsNothing() throws Exception {
        f.approvedSetupPlan("mvn -q test");

        f.delivery().handlers().get(PHASE).run(f.context(PHASE));
        f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(f.commands.commands()).containsExactly("mvn -q test", "mvn -q test");
        assertThat(f.artifacts(DeliveryArtifacts.FINAL_TEST_REPORT)).hasSize(2);
        assertThat(f.git.squashMessages).isEmpty();
        assertThat(f.git.head).isEqualTo(ScriptedGit.commit(2));
    }
}
