package dev.loopwright.application.execution;

import static dev.loopwright.application.execution.CodingFixture.bead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingPhaseTest {
    @TempDir
    Path temp;

    private CodingFixture fixture(Map<IntSetting, Integer> overrides, String... plan) {
        return new CodingFixture(temp, overrides, plan);
    }

    @Test
    void beadsRunInDependencyOrderEachInItsOwnCommitAndTheTicketFinishes() {
        // B3 comes before B2 by priority but waits for it.
        CodingFixture f = fixture(Map.of(), bead("B1", 1), bead("B3", 2, "B2"), bead("B2", 3));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"), f.writes("ok"), f.writes("ok"));

        Optional<TicketEvent> next = f.phase().run(f.context());

        assertThat(next).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        assertThat(f.git.commitMessages()).containsExactly("initial", "bead(B1): Bead B1", "bead(B2): Bead B2",
                "bead(B3): Bead B3");
        assertThat(f.git.headFiles()).containsKeys("B1.txt", "B2.txt", "B3.txt");
        assertThat(f.state().plan().beads()).allSatisfy(bead -> {
            assertThat(bead.status()).isEqualTo(BeadStatus.DONE);
            assertThat(bead.beadStartCommit()).isPresent();
            assertThat(bead.completedAt()).isPresent();
        });
        assertThat(f.state().checkpoints()).isEmpty();
        assertThat(f.runtime.prompts()).extracting(ScriptedModelRuntime.Prompted::sessionId).doesNotHaveDuplicates();
        assertThat(f.commandsRun).containsExactly("check B1", "check B2", "check B3");
        assertThat(f.r.artifacts().findLatest(f.ticket.id(), TicketStatus.CODING, 1, "bead_diff:b2")).hasValueSatisfying(
                diff -> assertThat(diff.content()).contains("B2.txt").doesNotContain("B1.txt"));
        assertThat(f.events.published()).filteredOn(TicketNotification.BeadCompleted.class::isInstance)
                .extracting(n -> ((TicketNotification.BeadCompleted) n).beadId()).containsExactly("B1", "B2", "B3");
    }

    @Test
    void thePromptHoldsOnlyTheBeadsContract() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1), bead("B2", 2, "B1"));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"), f.writes("ok"));

        f.phase().run(f.context());

        String second = f.runtime.prompts().get(1).text();
        assertThat(second).contains("# Bead B2: Bead B2", "Implements part B2", "- `check B2`", "B2.txt",
                "follow the existing service", "no new frameworks", "- B1", "<BEAD_STATUS>");
        assertThat(second).doesNotContain("Implements part B1", "ticket_details", "prd");
    }

    @Test
    void aFalseDoneIsCaughtByOurTestRunThenTheFailedIterationIsResetAndTheNextStartsFresh() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN,
                f.writes("wrong"),          // iteration 1 says done, our run of `check B1` fails
                f.claimsDone("B1"),         // the repair prompt in the same session: still wrong
                f.writes("ok"));            // iteration 2, fresh session

        Optional<TicketEvent> next = f.phase().run(f.context());

        assertThat(next).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        List<ScriptedModelRuntime.Prompted> prompts = f.runtime.prompts();
        assertThat(prompts).hasSize(3);
        assertThat(prompts.get(1).sessionId()).isEqualTo(prompts.get(0).sessionId());
        assertThat(prompts.get(1).text()).contains("`check B1` exit 1", "expected B1.txt to say ok");
        assertThat(prompts.get(2).sessionId()).isNotEqualTo(prompts.get(0).sessionId());
        assertThat(prompts.get(2).text()).contains("Why earlier iterations failed", "Iteration 1 failed",
                "expected B1.txt to say ok");
        assertThat(f.git.resets()).isEqualTo(1);
        assertThat(f.bead("B1").iteration()).isEqualTo(2);
        assertThat(f.bead("B1").failedIterationNotes()).singleElement()
                .satisfies(note -> assertThat(note.iteration()).isEqualTo(1));
        assertThat(f.git.commitMessages()).containsExactly("initial", "bead(B1): Bead B1");
        assertThat(f.r.sessions().findAll(f.ticket.id())).extracting(session -> session.owner().iteration()
                .orElseThrow() + ":" + session.state()).containsExactly("1:ABANDONED", "2:COMPLETED");
        assertThat(f.git.headFiles()).containsEntry("B1.txt", "ok");
    }

    @Test
    void aMissingMarkerGetsOneCorrectivePromptInTheSameSession() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN, ScriptedModelRuntime.replyWith(prompt -> {
            f.write("B1.txt", "ok");
            return "done, I think";
        }), f.claimsDone("B1"));

        assertThat(f.phase().run(f.context())).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        assertThat(f.runtime.prompts()).hasSize(2);
        assertThat(f.runtime.prompts().get(1).sessionId()).isEqualTo(f.runtime.prompts().get(0).sessionId());
        assertThat(f.runtime.prompts().get(1).text()).contains("no <BEAD_STATUS> marker");
    }

    @Test
    void anExhaustedBudgetBlocksTheTicketWithTheLastNote() {
        CodingFixture f = fixture(Map.of(IntSetting.MAX_ITERATIONS, 2), bead("B1", 1), bead("B2", 2, "B1"));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"),
                ScriptedModelRuntime.reply(CodingFixture.marker("B2", "error").replace("}<", ", \"reason\": \"the API"
                        + " it needs is missing\"}<")),
                ScriptedModelRuntime.reply(CodingFixture.marker("B2", "error")));

        Optional<TicketEvent> next = f.phase().run(f.context());

        assertThat(next).hasValueSatisfying(event -> {
            TicketEvent.Failure failure = (TicketEvent.Failure) event;
            assertThat(failure.type()).isEqualTo(TicketEventType.BEAD_ERROR);
            assertThat(failure.codes()).containsExactly(CodingPhase.BUDGET_EXHAUSTED);
            assertThat(failure.message()).contains("B2 failed 2 iteration(s)", "Iteration 2 failed");
        });
        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.DONE);
        assertThat(f.bead("B2").status()).isEqualTo(BeadStatus.ERROR);
        assertThat(f.bead("B2").failedIterationNotes()).hasSize(2);
        assertThat(f.bead("B2").failedIterationNotes().get(0).content()).contains("the API it needs is missing");
        assertThat(f.runtime.prompts()).hasSize(3);
    }

    @Test
    void aCheckpointedSuccessIsCommittedAfterARestartWithoutAskingTheModelAgain() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1), bead("B2", 2, "B1"));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"), f.writes("ok"));
        f.hook = beadId -> {
            if (beadId.equals("B1")) {
                throw new IllegalStateException("killed");
            }
        };
        assertThatThrownBy(() -> f.phase().run(f.context())).hasMessage("killed");
        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.IN_PROGRESS);
        assertThat(f.state().checkpoint("B1")).isPresent();
        assertThat(f.git.commitMessages()).containsExactly("initial");

        f.hook = FinalizationHook.NONE;
        Optional<TicketEvent> next = f.phase().run(f.context());

        assertThat(next).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        assertThat(f.runtime.prompts()).hasSize(2); // B1 once, B2 once: B1 was committed from its checkpoint
        assertThat(f.git.commitMessages()).containsExactly("initial", "bead(B1): Bead B1", "bead(B2): Bead B2");
        assertThat(f.bead("B1").iteration()).isEqualTo(1);
    }

    @Test
    void anInterruptedIterationIsResetAndRetriedWithANote() throws Exception {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN, ScriptedModelRuntime.replyWith(prompt -> {
            f.write("half-done.txt", "partial");
            throw new IllegalStateException("killed mid-iteration");
        }), f.writes("ok"));
        assertThatThrownBy(() -> f.phase().run(f.context())).hasMessage("killed mid-iteration");
        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.IN_PROGRESS);

        Optional<TicketEvent> next = f.phase().run(f.context());

        assertThat(next).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        assertThat(Files.exists(f.workingCopy.resolve("half-done.txt"))).isFalse();
        assertThat(f.git.headFiles()).doesNotContainKey("half-done.txt");
        assertThat(f.runtime.prompts().get(1).text()).contains("was interrupted");
        assertThat(f.bead("B1").iteration()).isEqualTo(2);
    }

    @Test
    void retryResetsOnlyTheFailedBeadAndCarriesTheUsersNote() {
        CodingFixture f = fixture(Map.of(IntSetting.MAX_ITERATIONS, 1), bead("B1", 1), bead("B2", 2, "B1"));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"), ScriptedModelRuntime.replyWith(prompt -> {
            f.write("B2.txt", "wrong");
            f.write("stray.txt", "left behind");
            return CodingFixture.marker("B2", "error");
        }));
        assertThat(f.phase().run(f.context())).hasValueSatisfying(
                event -> assertThat(event.type()).isEqualTo(TicketEventType.BEAD_ERROR));
        String b1Commit = f.bead("B2").beadStartCommit().orElseThrow();

        f.recovery().prepareRetry(f.ticket, Optional.of("Use the helper in util.js"));

        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.DONE);
        assertThat(f.bead("B2").status()).isEqualTo(BeadStatus.PENDING);
        assertThat(f.bead("B2").iteration()).isEqualTo(2);
        assertThat(f.bead("B2").userRetryNotes()).singleElement()
                .satisfies(note -> assertThat(note.content()).isEqualTo("Use the helper in util.js"));
        assertThat(Files.exists(f.workingCopy.resolve("stray.txt"))).isFalse();

        f.runtime.on(TestSettings.MAIN, f.writes("ok"));
        assertThat(f.phase().run(f.context())).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        assertThat(f.runtime.prompts()).hasSize(3);
        assertThat(f.runtime.prompts().get(2).text()).contains("What the user asked when retrying",
                "Use the helper in util.js");
        assertThat(f.bead("B2").beadStartCommit()).contains(b1Commit);
        assertThat(f.git.commitMessages()).containsExactly("initial", "bead(B1): Bead B1", "bead(B2): Bead B2");
    }

    @Test
    void aFailedCommitBlocksAndItsRetryOnlyFinishesTheCommit() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"));
        f.git.failNextCommits(1);

        Optional<TicketEvent> blocked = f.phase().run(f.context());

        assertThat(blocked).hasValueSatisfying(event -> assertThat(((TicketEvent.Failure) event).codes())
                .containsExactly(BeadFinalizer.FINALIZATION_FAILED));
        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.ERROR);
        assertThat(f.bead("B1").finalizationFailureNotes()).hasSize(1);

        f.recovery().prepareRetry(f.ticket, Optional.empty());
        assertThat(f.phase().run(f.context())).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        assertThat(f.runtime.prompts()).hasSize(1);
        assertThat(f.git.commitMessages()).containsExactly("initial", "bead(B1): Bead B1");
    }

    @Test
    void aProviderLimitKeepsTheSessionAndContinueResumesItThere() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN, ScriptedModelRuntime.fail(RuntimeFailureKind.PROVIDER_LIMIT));

        Optional<TicketEvent> blocked = f.phase().run(f.context());

        String session = f.runtime.prompts().get(0).sessionId();
        assertThat(blocked).hasValueSatisfying(event -> {
            TicketEvent.Failure failure = (TicketEvent.Failure) event;
            assertThat(failure.codes()).containsExactly(CodingPhase.PROVIDER_LIMIT);
            assertThat(failure.diagnostics()).hasValueSatisfying(d -> assertThat(d).contains(session));
        });
        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.IN_PROGRESS);
        assertThat(f.git.resets()).isZero();
        assertThat(f.r.sessions().findById(session)).hasValueSatisfying(
                owned -> assertThat(owned.state()).isEqualTo(dev.loopwright.domain.session.SessionState.ACTIVE));

        assertThat(f.recovery().prepareContinue(f.ticket).sessionId()).isEqualTo(session);
        f.runtime.on(TestSettings.MAIN, f.writes("ok"));
        assertThat(f.phase().run(f.context())).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        assertThat(f.runtime.prompts()).hasSize(2);
        assertThat(f.runtime.prompts().get(1).sessionId()).isEqualTo(session);
        assertThat(f.runtime.prompts().get(1).text()).contains("Continue bead B1");
        assertThat(f.bead("B1").iteration()).isEqualTo(1);
        assertThat(f.bead("B1").failedIterationNotes()).isEmpty();
    }

    @Test
    void continueWithoutAKeptSessionIsRefused() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.ledger().loadOrSeed(f.ticket);

        assertThatThrownBy(() -> f.recovery().prepareContinue(f.ticket)).hasMessageContaining("use retry");
    }

    @Test
    void anIterationThatRunsOutOfTimeIsAFailedIterationAndTheNextStartsFresh() {
        CodingFixture f = fixture(Map.of(IntSetting.PER_ITERATION_TIMEOUT, 50), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN, ScriptedModelRuntime.hang(), f.writes("ok"));

        assertThat(f.phase().run(f.context())).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        assertThat(f.runtime.prompts()).hasSize(2);
        assertThat(f.runtime.prompts().get(0).timeout()).isLessThanOrEqualTo(java.time.Duration.ofMillis(50));
        assertThat(f.runtime.abortedSessions()).contains(f.runtime.prompts().get(0).sessionId());
        assertThat(f.bead("B1").failedIterationNotes()).singleElement()
                .satisfies(note -> assertThat(note.content()).contains("ran out of time"));
    }

    @Test
    void aRetryWithANoteAfterAFailedCommitRedoesTheBeadInsteadOfCommittingTheOldWork() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"));
        f.git.failNextCommits(1);
        f.phase().run(f.context());

        f.recovery().prepareRetry(f.ticket, Optional.of("Name the file differently"));

        assertThat(f.state().checkpoint("B1")).isEmpty();
        assertThat(f.bead("B1").status()).isEqualTo(BeadStatus.PENDING);
        assertThat(Files.exists(f.workingCopy.resolve("B1.txt"))).isFalse();
        f.runtime.on(TestSettings.MAIN, f.writes("ok"));
        assertThat(f.phase().run(f.context())).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        assertThat(f.runtime.prompts()).hasSize(2);
        assertThat(f.runtime.prompts().get(1).text()).contains("Why committing earlier finished work failed",
                "Name the file differently");
    }

    @Test
    void theBeadExecutionStateIsSeededOnceFromTheApprovedPlan() {
        CodingFixture f = fixture(Map.of(), bead("B1", 1), bead("B2", 2, "B1"));
        f.runtime.on(TestSettings.MAIN, f.writes("ok"), f.writes("ok"));

        f.phase().run(f.context());
        f.phase().run(f.context());

        assertThat(f.runtime.prompts()).as("a second entry finds every bead done").hasSize(2);
        assertThat(f.state().plan().ids()).containsExactly("B1", "B2");
    }

    @Test
    void aBeadLeftInErrorByAStopBeforeTheTicketBlockedBlocksItOnTheNextEntry() {
        CodingFixture f = fixture(Map.of(IntSetting.MAX_ITERATIONS, 1), bead("B1", 1), bead("B2", 2));
        f.runtime.on(TestSettings.MAIN, ScriptedModelRuntime.reply(CodingFixture.marker("B1", "error")));
        assertThat(f.phase().run(f.context())).hasValueSatisfying(
                event -> assertThat(event.type()).isEqualTo(TicketEventType.BEAD_ERROR));

        Optional<TicketEvent> again = f.phase().run(f.context());

        assertThat(again).hasValueSatisfying(event -> {
            assertThat(event.type()).isEqualTo(TicketEventType.BEAD_ERROR);
            assertThat(((TicketEvent.Failure) event).message()).contains("Bead B1 failed; retry it");
        });
        assertThat(f.runtime.prompts()).as("B2 did not start meanwhile").hasSize(1);
    }
}
