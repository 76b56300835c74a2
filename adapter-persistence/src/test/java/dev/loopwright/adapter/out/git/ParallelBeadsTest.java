package dev.loopwright.adapter.out.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.loopwright.adapter.out.git.CodingOverGit.bead;
import static dev.loopwright.adapter.out.git.CodingOverGit.beadOf;
import static dev.loopwright.adapter.out.git.CodingOverGit.marker;
import static dev.loopwright.adapter.out.git.CodingOverGit.write;

import dev.loopwright.application.execution.FinalizationHook;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CODING phase running beads side by side over real git: each bead in a working copy of its own, its commit
 * replayed onto the ticket branch. The scripted agent works in whichever folder its session was opened in.
 */
class ParallelBeadsTest {
    private static final String[] TWO_CHAINS = {bead("A1", 1), bead("B1", 2), bead("A2", 3, "A1"),
        bead("B2", 4, "B1"), bead("A3", 5, "A2"), bead("B3", 6, "B2")};

    @TempDir
    Path temp;

    @Test
    void threeAtATimeGiveTheTreeOneAtATimeGivesAndTheBeadWorkingCopiesAreGone() {
        CodingOverGit sequential = new CodingOverGit(temp.resolve("one"), 1, TWO_CHAINS);
        CodingOverGit parallel = new CodingOverGit(temp.resolve("three"), 3, TWO_CHAINS);
        sequential.runtime.on(TestSettings.MAIN, CodingOverGit.writesItsFile(prompt -> Duration.ZERO));
        parallel.runtime.on(TestSettings.MAIN, CodingOverGit.writesItsFile(prompt -> Duration.ZERO));

        assertThat(sequential.run()).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));
        assertThat(parallel.run()).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        assertThat(parallel.tree()).isEqualTo(sequential.tree()).contains("A3.txt", "B3.txt");
        assertThat(parallel.messages()).containsExactlyInAnyOrder("bead(A1): Bead A1", "bead(A2): Bead A2",
                "bead(A3): Bead A3", "bead(B1): Bead B1", "bead(B2): Bead B2", "bead(B3): Bead B3");
        assertThat(parallel.bead("A1").beadStartCommit()).as("A1 and B1 forked from the same commit")
                .isEqualTo(parallel.bead("B1").beadStartCommit());
        assertThat(sequential.bead("A1").beadStartCommit()).isNotEqualTo(sequential.bead("B1").beadStartCommit());
        assertThat(parallel.repo.git("worktree", "list")).doesNotContain("--bead-");
        assertThat(parallel.repo.git("branch", "--list")).doesNotContain("--bead-");
        assertThat(parallel.repo.git("status", "--porcelain", "--untracked-files=all")).isEmpty();
    }

    @Test
    void aBeadWhoseCommitConflictsRunsAgainOnTopOfTheOtherAndBothChangesLand() {
        CodingOverGit parallel = new CodingOverGit(temp.resolve("shop"), 2, bead("X", 1), bead("Y", 2));
        CountDownLatch bothStarted = new CountDownLatch(2);
        parallel.runtime.on(TestSettings.MAIN, ScriptedModelRuntime.workIn(prompt -> Duration.ZERO,
                (folder, prompt) -> {
                    String id = beadOf(prompt);
                    if (!prompt.contains("Why earlier iterations failed")) {
                        bothStarted.countDown(); // both fork from the same commit before either is replayed
                        await(bothStarted);
                    }
                    append(folder.resolve("docs/notes.txt"), "line from " + id + "\n");
                    write(folder.resolve(id + ".txt"), id + "\n");
                    return "Done.\n" + marker(id);
                }));

        assertThat(parallel.run()).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        String notes = parallel.repo.git("show", "SHOP-1:docs/notes.txt");
        assertThat(notes).contains("line from X", "line from Y");
        List<Bead> reran = parallel.beads().stream().filter(bead -> bead.iteration() == 2).toList();
        assertThat(reran).singleElement().satisfies(bead -> assertThat(bead.failedIterationNotes()).singleElement()
                .satisfies(note -> assertThat(note.content()).contains("conflict", "docs/notes.txt")));
        assertThat(parallel.messages()).hasSize(2);
    }

    @Test
    void aStopBetweenABeadsCheckpointAndItsReplayIsFinishedOnRestartWithoutAskingTheModelAgain() {
        CodingOverGit parallel = new CodingOverGit(temp.resolve("shop"), 2, bead("X", 1), bead("Y", 2),
                bead("Z", 3, "X", "Y"));
        parallel.runtime.on(TestSettings.MAIN, CodingOverGit.writesItsFile(prompt -> Duration.ZERO));
        parallel.hook = beadId -> {
            if (beadId.equals("X")) {
                throw new IllegalStateException("stopped after X's checkpoint");
            }
        };

        assertThatThrownBy(parallel::run).hasMessage("stopped after X's checkpoint");
        long asked = parallel.runtime.prompts().size();
        assertThat(parallel.messages()).containsExactly("bead(Y): Bead Y");
        parallel.hook = FinalizationHook.NONE;

        assertThat(parallel.run()).contains(TicketEvent.of(TicketEventType.ALL_BEADS_DONE));

        assertThat(parallel.runtime.prompts()).hasSize((int) asked + 1).last()
                .satisfies(prompt -> assertThat(beadOf(prompt.text())).isEqualTo("Z"));
        assertThat(parallel.tree()).contains("X.txt", "Y.txt", "Z.txt");
        assertThat(parallel.repo.git("worktree", "list")).doesNotContain("--bead-");
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, Files.readString(file) + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("both beads started").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
