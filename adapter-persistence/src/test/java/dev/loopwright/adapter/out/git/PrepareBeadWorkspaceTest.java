package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareBeadWorkspaceTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace ticket;
    private CommitId start;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        ticket = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        GitTestRepository.write(ticket.workingCopy(), "src/Coupon.java", "class Coupon {}\n");
        start = new CommitId(GitTestRepository.commitAll(ticket.workingCopy(), "Add coupons"));
        // The ticket moves on after the bead's start: the bead must fork at start, not at the ticket's head.
        GitTestRepository.write(ticket.workingCopy(), "src/Later.java", "class Later {}\n");
        GitTestRepository.commitAll(ticket.workingCopy(), "Later work");
    }

    @Test
    void createsALinkedWorktreeOnTheBeadBranchAtStartWhoseBaseIsTheTicketBranch() {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);

        Path expected = repo.root.resolve(".loopwright/worktrees/SHOP-12--bead-3");
        assertThat(bead).isEqualTo(new TicketWorkspace(repo.root, expected, "SHOP-12--bead-3", "SHOP-12"));
        assertThat(workspaces.workingCopyOf(repo.root, "SHOP-12--bead-3")).isEqualTo(expected);
        assertThat(git(expected, "rev-parse", "--abbrev-ref", "HEAD").strip()).isEqualTo("SHOP-12--bead-3");
        assertThat(git(expected, "rev-parse", "HEAD").strip()).isEqualTo(start.value());
        assertThat(expected.resolve("src/Coupon.java")).exists();
        assertThat(expected.resolve("src/Later.java")).doesNotExist();
        assertThat(repo.git("worktree", "list", "--porcelain")).contains("worktree " + expected + "\nHEAD "
                + start.value() + "\nbranch refs/heads/SHOP-12--bead-3\n");
        assertThat(repo.git("config", "branch.SHOP-12--bead-3.loopwrightBase").strip()).isEqualTo("SHOP-12");
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12--bead-3")).contains(bead);
        assertThat(GitTestRepository.gitPorcelain(expected)).isEmpty();
    }

    @Test
    void preparingAgainReturnsTheSameWorkspaceWithItsCommitsWhereverItsBranchIs() {
        TicketWorkspace first = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        GitTestRepository.write(first.workingCopy(), "src/Discount.java", "class Discount {}\n");
        String beadCommit = GitTestRepository.commitAll(first.workingCopy(), "Add discounts");

        TicketWorkspace second = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);

        assertThat(second).isEqualTo(first);
        assertThat(workspaces.headCommit(second).value()).isEqualTo(beadCommit);
        assertThat(second.workingCopy().resolve("src/Discount.java")).exists();
        assertThat(repo.git("worktree", "list").lines()).hasSize(3);
    }

    @Test
    void aCreationInterruptedHalfWayIsRedone() throws Exception {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        // What git leaves when killed during 'worktree add': the lock it writes first, an incomplete checkout.
        Files.writeString(repo.root.resolve(".git/worktrees/SHOP-12--bead-3/locked"), "initializing\n");
        Files.delete(bead.workingCopy().resolve("README.md"));

        assertThat(workspaces.prepareBeadWorkspace(ticket, "bead-3", start)).isEqualTo(bead);

        assertThat(bead.workingCopy().resolve("README.md")).exists();
        assertThat(repo.root.resolve(".git/worktrees/SHOP-12--bead-3/locked")).doesNotExist();
        assertThat(workspaces.headCommit(bead)).isEqualTo(start);
        assertThat(workspaces.status(bead).isClean()).isTrue();
    }

    @Test
    void removingTheBeadWorkspaceDeletesItsBranchButNeverTheTicketBranch() {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-3", start);
        String ticketHead = workspaces.headCommit(ticket).value();

        workspaces.removeTicketWorkspace(bead, true);

        assertThat(bead.workingCopy()).doesNotExist();
        assertThat(repo.git("worktree", "list", "--porcelain")).doesNotContain("bead-3");
        assertThat(repo.git("branch", "--list", "SHOP-12--bead-3")).isEmpty();
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12--bead-3")).isEmpty();
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(ticketHead);
        assertThat(ticket.workingCopy().resolve("src/Later.java")).exists();
    }

    @Test
    void removingTheTicketsWorkingCopyRemovesItsBeadWorkingCopiesButNoOtherTickets() {
        TicketWorkspace bead = workspaces.prepareBeadWorkspace(ticket, "bead-1", start);
        TicketWorkspace other = workspaces.prepareTicketWorkspace(repo.root, "SHOP-120");
        TicketWorkspace othersBead = workspaces.prepareBeadWorkspace(other, "bead-1",
                workspaces.headCommit(other));

        workspaces.removeTicketWorkspace(ticket, true);

        assertThat(bead.workingCopy()).doesNotExist();
        assertThat(ticket.workingCopy()).doesNotExist();
        assertThat(repo.git("branch", "--list", "--format=%(refname:short)", "SHOP-12*").lines())
                .containsExactly("SHOP-120", "SHOP-120--bead-1");
        assertThat(othersBead.workingCopy()).exists();
    }

    @Test
    void refusesANameThatIsNotOneSafeSegment() {
        for (String name : List.of("", "a/b", "../x", "x.lock", "a..b", "a b")) {
            assertThatThrownBy(() -> workspaces.prepareBeadWorkspace(ticket, name, start)).as(name)
                    .isInstanceOf(GitWorkspaceException.class);
        }
        assertThat(repo.git("worktree", "list").lines()).hasSize(2);
    }

    @Test
    void refusesAStartThatIsNoCommitOfTheRepository() {
        CommitId unknown = new CommitId("0123456789abcdef0123456789abcdef01234567");

        assertThatThrownBy(() -> workspaces.prepareBeadWorkspace(ticket, "bead-3", unknown))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("No commit");
        assertThat(repo.git("branch", "--list", "SHOP-12--bead-3")).isEmpty();
    }
}
