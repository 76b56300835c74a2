package dev.loopwright.domain.bead;

import static dev.loopwright.domain.bead.Beads.NOW;
import static dev.loopwright.domain.bead.Beads.TICKET;
import static dev.loopwright.domain.bead.Beads.blueprint;
import static dev.loopwright.domain.bead.Beads.expansion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeadTest {

    private static Bead withRuntime(int priority, int iteration, List<String> targetFiles, Optional<String> commit) {
        Bead base = Beads.bead("b1", 1);
        return new Bead(base.id(), base.title(), base.prdRefs(), base.description(), base.contextGuidance(),
                base.acceptanceCriteria(), base.tests(), base.testCommands(), priority, BeadStatus.IN_PROGRESS,
                "task", TICKET, List.of(), BeadDependencies.NONE, targetFiles,
                List.of(new BeadNote(NOW, 1, "tests failed", Optional.of("TESTS_FAILED"))), List.of(), List.of(),
                iteration, Optional.of(NOW), Optional.of(NOW), Optional.of(NOW), Optional.empty(), commit);
    }

    @Test
    void hydrationCopiesTheBlueprintAndStartsFresh() {
        Bead bead = Bead.hydrate(blueprint("setup-db"), expansion("bd-1.1", "bd-0"), 3, TICKET, NOW);
        assertThat(bead.id()).isEqualTo("bd-1.1");
        assertThat(bead.title()).isEqualTo("Build setup-db");
        assertThat(bead.testCommands()).containsExactly("mvn -q test");
        assertThat(bead.priority()).isEqualTo(3);
        assertThat(bead.status()).isEqualTo(BeadStatus.PENDING);
        assertThat(bead.iteration()).isEqualTo(1);
        assertThat(bead.externalRef()).isEqualTo(TICKET);
        assertThat(bead.blockedBy()).containsExactly("bd-0");
        assertThat(bead.dependencies().blocks()).isEmpty();
        assertThat(bead.failedIterationNotes()).isEmpty();
        assertThat(bead.createdAt()).contains(NOW);
        assertThat(bead.startedAt()).isEmpty();
        assertThat(bead.beadStartCommit()).isEmpty();
    }

    @Test
    void priorityAndIterationStartAtOne() {
        assertThat(withRuntime(1, 1, List.of(), Optional.empty()).priority()).isEqualTo(1);
        assertThatThrownBy(() -> withRuntime(0, 1, List.of(), Optional.empty()))
                .hasMessage("beads[b1].priority must be at least 1, got 0");
        assertThatThrownBy(() -> withRuntime(1, 0, List.of(), Optional.empty()))
                .hasMessage("beads[b1].iteration must be at least 1, got 0");
    }

    @Test
    void targetFilesStayInsideTheProject() {
        assertThat(withRuntime(1, 1, List.of("src/App.java", "docs/"), Optional.empty()).targetFiles()).hasSize(2);
        assertThatThrownBy(() -> withRuntime(1, 1, List.of("../outside.txt"), Optional.empty()))
                .hasMessage("beads[b1].targetFiles[0] must not contain a '..' segment, got '../outside.txt'");
        assertThatThrownBy(() -> withRuntime(1, 1, List.of("ok.txt", "/etc/passwd"), Optional.empty()))
                .hasMessage("beads[b1].targetFiles[1] must be relative to the project, got '/etc/passwd'");
    }

    @Test
    void theStartCommitIsAGitId() {
        assertThat(withRuntime(1, 1, List.of(), Optional.of("abc1234")).beadStartCommit()).contains("abc1234");
        assertThatThrownBy(() -> withRuntime(1, 1, List.of(), Optional.of("HEAD")))
                .hasMessage("beads[b1].beadStartCommit must be a git commit id (7 to 64 lowercase hex digits),"
                        + " got 'HEAD'");
    }

    @Test
    void expansionNeedsALabelAndSafeTargetFiles() {
        assertThatThrownBy(() -> new BeadExpansion("b1", "task", List.of(), List.of(), List.of()))
                .hasMessage("beads[b1].labels must have at least 1 entry; beads[b1].targetFiles must have at least"
                        + " 1 entry");
        assertThatThrownBy(() -> new BeadExpansion("b1", " ", List.of("l"), List.of(), List.of("C:/x.txt")))
                .hasMessage("beads[b1].issueType must not be blank; "
                        + "beads[b1].targetFiles[0] must be relative to the project, got 'C:/x.txt'");
    }

    @Test
    void notesNameTheirIteration() {
        assertThatThrownBy(() -> new BeadNote(Instant.EPOCH, 0, "", Optional.of(" ")))
                .hasMessage("note.iteration must be at least 1, got 0; note.content must not be blank; "
                        + "note.errorCode must not be blank");
    }

    @Test
    void dependenciesNameEachBeadOnce() {
        assertThatThrownBy(() -> new BeadDependencies(List.of("a", "a"), List.of()))
                .hasMessage("dependencies.blockedBy names bead a twice");
    }

    @Test
    void statusesUseSnakeCase() {
        assertThat(BeadStatus.IN_PROGRESS.wireName()).isEqualTo("in_progress");
        assertThat(BeadStatus.fromWireName("done")).isEqualTo(BeadStatus.DONE);
        assertThatThrownBy(() -> BeadStatus.fromWireName("completed"))
                .hasMessage("status must be one of pending, in_progress, done, error; got 'completed'");
    }
}
