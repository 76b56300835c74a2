package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.ReplayResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayOntoTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace ticket;
    private Path ticketCopy;
    private CommitId fork;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        ticket = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        ticketCopy = ticket.workingCopy();
        fork = workspaces.headCommit(ticket);
    }

    @Test
    void twoBeadsForkedFromTheSameCommitEndUpOneAfterTheOtherOnTheTicketBranch() {
        TicketWorkspace coupons = bead("bead-1", "src/Coupon.java", "class Coupon {}\n", "Add coupons");
        TicketWorkspace discounts = bead("bead-2", "src/Discount.java", "class Discount {}\n", "Add discounts");
        GitTestRepository.write(discounts.workingCopy(), "docs/notes.txt", "first line\nsecond line\nthird line\n");
        git(discounts.workingCopy(), "add", "-A");
        git(discounts.workingCopy(), "commit", "-q", "--author=Bead Agent <agent@example.com>", "-m",
                "Shorten the notes\n\nThe fourth line was a draft.");

        ReplayResult first = workspaces.replayOnto(ticket, coupons, fork);
        ReplayResult second = workspaces.replayOnto(ticket, discounts, fork);

        String head = repo.git("rev-parse", "SHOP-12").strip();
        assertThat(first).isInstanceOf(ReplayResult.Replayed.class);
        assertThat(second).isEqualTo(new ReplayResult.Replayed(new CommitId(head), 2));
        assertThat(repo.git("log", "--format=%s|%an <%ae>|%cn", fork.value() + "..SHOP-12").lines()).containsExactly(
                "Shorten the notes|Bead Agent <agent@example.com>|Test User",
                "Add discounts|Test User <test@example.com>|Test User",
                "Add coupons|Test User <test@example.com>|Test User");
        assertThat(repo.git("log", "-1", "--format=%B", "SHOP-12").strip())
                .isEqualTo("Shorten the notes\n\nThe fourth line was a draft.");
        assertThat(repo.git("rev-list", "--merges", "SHOP-12")).isEmpty();
        assertThat(ticketCopy.resolve("src/Coupon.java")).hasContent("class Coupon {}");
        assertThat(ticketCopy.resolve("src/Discount.java")).hasContent("class Discount {}");
        assertThat(ticketCopy.resolve("docs/notes.txt")).hasContent("first line\nsecond line\nthird line");
        assertThat(GitTestRepository.gitPorcelain(ticketCopy)).isEmpty();
        assertThat(repo.git("rev-parse", "SHOP-12^{tree}").strip()).isEqualTo(cherryPickedByGit(coupons, discounts));
    }

    @Test
    void replayingAgainChangesNothing() {
        TicketWorkspace coupons = bead("bead-1", "src/Coupon.java", "class Coupon {}\n", "Add coupons");
        ReplayResult.Replayed replayed = (ReplayResult.Replayed) workspaces.replayOnto(ticket, coupons, fork);
        Map<String, String> before = GitTestRepository.fingerprint(ticketCopy);

        ReplayResult again = workspaces.replayOnto(ticket, coupons, fork);

        assertThat(again).isEqualTo(new ReplayResult.NothingToReplay(replayed.newHead()));
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(replayed.newHead().value());
        assertThat(GitTestRepository.fingerprint(ticketCopy)).isEqualTo(before);
    }

    @Test
    void aBeadThatMovedOnAfterAReplayHasOnlyItsNewCommitsReplayed() {
        TicketWorkspace coupons = bead("bead-1", "src/Coupon.java", "class Coupon {}\n", "Add coupons");
        workspaces.replayOnto(ticket, coupons, fork);
        GitTestRepository.write(coupons.workingCopy(), "src/Coupon.java", "class Coupon { int percent; }\n");
        GitTestRepository.commitAll(coupons.workingCopy(), "Coupons have a percentage");

        ReplayResult result = workspaces.replayOnto(ticket, coupons, fork);

        assertThat(result).isInstanceOf(ReplayResult.Replayed.class);
        assertThat(((ReplayResult.Replayed) result).commits()).isEqualTo(1);
        assertThat(repo.git("log", "--format=%s", fork.value() + "..SHOP-12").lines())
                .containsExactly("Coupons have a percentage", "Add coupons");
    }

    @Test
    void aConflictIsReportedAndTheTicketBranchIndexAndFilesStayExactlyAsTheyWere() {
        TicketWorkspace first = bead("bead-1", "docs/notes.txt", "first line\nSECOND LINE\nthird line\nfourth line\n",
                "Shout the second line");
        TicketWorkspace second = bead("bead-2", "src/Discount.java", "class Discount {}\n", "Add discounts");
        // A clean commit before the conflicting one: the replay is all or nothing, so it must not land either.
        GitTestRepository.write(second.workingCopy(), "docs/notes.txt",
                "first line\nsecond line, reworded\nthird line\nfourth line\n");
        GitTestRepository.commitAll(second.workingCopy(), "Reword the second line");
        workspaces.replayOnto(ticket, first, fork);
        String head = repo.git("rev-parse", "SHOP-12").strip();
        Map<String, String> before = GitTestRepository.fingerprint(ticketCopy);

        ReplayResult result = workspaces.replayOnto(ticket, second, fork);

        assertThat(result).isEqualTo(new ReplayResult.Conflicted(List.of("docs/notes.txt")));
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(head);
        assertThat(GitTestRepository.fingerprint(ticketCopy)).isEqualTo(before);
        assertThat(ticketCopy.resolve("src/Discount.java")).doesNotExist();
        assertThat(GitTestRepository.gitPorcelain(ticketCopy)).isEmpty();
    }

    @Test
    void theTicketFolderAndUnrelatedLocalChangesSurviveAReplay() {
        GitTestRepository.write(ticketCopy, ".ticket/notes.md", "# Notes\nkeep me\n");
        GitTestRepository.write(ticketCopy, "scratch.txt", "untracked\n");
        GitTestRepository.write(ticketCopy, "README.md", "# Shop\n\nuncommitted edit\n");
        TicketWorkspace coupons = bead("bead-1", "src/Coupon.java", "class Coupon {}\n", "Add coupons");

        assertThat(workspaces.replayOnto(ticket, coupons, fork)).isInstanceOf(ReplayResult.Replayed.class);

        assertThat(ticketCopy.resolve(".ticket/notes.md")).hasContent("# Notes\nkeep me");
        assertThat(ticketCopy.resolve("scratch.txt")).hasContent("untracked");
        assertThat(ticketCopy.resolve("src/Coupon.java")).exists();
        assertThat(GitTestRepository.gitPorcelain(ticketCopy)).containsExactlyInAnyOrder(" M README.md", "?? scratch.txt");
    }

    @Test
    void refusesWhenUncommittedChangesToAReplayedFileWouldBeOverwritten() {
        GitTestRepository.write(ticketCopy, "src/Coupon.java", "the ticket's own untracked coupon\n");
        TicketWorkspace coupons = bead("bead-1", "src/Coupon.java", "class Coupon {}\n", "Add coupons");
        Map<String, String> before = GitTestRepository.fingerprint(ticketCopy);

        assertThatThrownBy(() -> workspaces.replayOnto(ticket, coupons, fork))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("src/Coupon.java");
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(fork.value());
        assertThat(GitTestRepository.fingerprint(ticketCopy)).isEqualTo(before);
    }

    @Test
    void refusesASinceThatIsNotInTheBeadsHistory() {
        TicketWorkspace coupons = bead("bead-1", "src/Coupon.java", "class Coupon {}\n", "Add coupons");
        GitTestRepository.write(ticketCopy, "src/Later.java", "class Later {}\n");
        CommitId elsewhere = new CommitId(GitTestRepository.commitAll(ticketCopy, "Later work"));

        assertThatThrownBy(() -> workspaces.replayOnto(ticket, coupons, elsewhere))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("not in the history");
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(elsewhere.value());
    }

    /** A bead workspace forked at {@link #fork} with one commit writing {@code path}. */
    private TicketWorkspace bead(String name, String path, String content, String message) {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, name, fork);
        GitTestRepository.write(bead.workingCopy(), path, content);
        GitTestRepository.commitAll(bead.workingCopy(), message);
        return bead;
    }

    /** The tree git itself makes by cherry-picking the beads' commits one bead after the other. */
    private String cherryPickedByGit(TicketWorkspace... beads) {
        Path witness = temp.resolve("witness");
        repo.git("worktree", "add", "-q", "-b", "witness", witness.toString(), fork.value());
        for (TicketWorkspace bead : beads) {
            git(witness, "cherry-pick", fork.value() + ".." + bead.branch());
        }
        return git(witness, "rev-parse", "HEAD^{tree}").strip();
    }
}
