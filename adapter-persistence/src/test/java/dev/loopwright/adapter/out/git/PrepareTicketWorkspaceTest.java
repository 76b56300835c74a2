package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareTicketWorkspaceTest {
    @TempDir
    Path temp;

    private GitTestRepository repo;
    private final JGitWorkspace workspaces = new JGitWorkspace();

    @BeforeEach
    void createRepository() {
        repo = GitTestRepository.create(temp.resolve("shop"));
    }

    @Test
    void createsALinkedWorktreeOnTheTicketBranchForkedFromTheCurrentHead() {
        String head = repo.head();

        TicketWorkspace workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");

        Path expected = repo.root.resolve(".loopwright/worktrees/SHOP-12");
        assertThat(workspace).isEqualTo(new TicketWorkspace(repo.root, expected, "SHOP-12", "main"));
        assertThat(git(expected, "rev-parse", "--abbrev-ref", "HEAD").strip()).isEqualTo("SHOP-12");
        assertThat(git(expected, "rev-parse", "HEAD").strip()).isEqualTo(head);
        assertThat(expected.resolve("src/Basket.java")).hasSameTextualContentAs(repo.root.resolve("src/Basket.java"));
        assertThat(repo.git("worktree", "list", "--porcelain"))
                .contains("worktree " + expected + "\nHEAD " + head + "\nbranch refs/heads/SHOP-12\n");
        assertThat(repo.git("config", "branch.SHOP-12.loopwrightBase").strip()).isEqualTo("main");
    }

    @Test
    void leavesTheUsersCheckoutAndIndexByteForByteUnchanged() throws Exception {
        repo.write("src/Basket.java", "class Basket { /* work in progress */ }\n");
        repo.write("staged.txt", "staged by the user\n");
        repo.git("add", "staged.txt");
        repo.write("scratch.txt", "untracked notes\n");
        String gitignore = GitTestRepository.read(repo.root.resolve(".gitignore"));
        Map<String, String> before = repo.checkoutFingerprint();

        workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        workspaces.prepareTicketWorkspace(repo.root, "SHOP-13");

        assertThat(repo.checkoutFingerprint()).isEqualTo(before);
        assertThat(GitTestRepository.read(repo.root.resolve(".gitignore"))).isEqualTo(gitignore);
        assertThat(Files.readAllLines(repo.root.resolve(".git/info/exclude"))).contains("/.loopwright/", "/.ticket/");
        // The user's git sees exactly their own changes, nothing of Loopwright's.
        assertThat(GitTestRepository.gitPorcelain(repo.root))
                .containsExactlyInAnyOrder(" M src/Basket.java", "A  staged.txt", "?? scratch.txt");
    }

    @Test
    void preparingAgainReturnsTheSameWorkspaceWithItsWorkIntact() throws Exception {
        TicketWorkspace first = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        GitTestRepository.write(first.workingCopy(), "src/Coupon.java", "class Coupon {}\n");
        String ticketCommit = GitTestRepository.commitAll(first.workingCopy(), "Add coupons");
        GitTestRepository.write(first.workingCopy(), "wip.txt", "uncommitted\n");
        String exclude = GitTestRepository.read(repo.root.resolve(".git/info/exclude"));

        TicketWorkspace second = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");

        assertThat(second).isEqualTo(first);
        assertThat(workspaces.headCommit(second).value()).isEqualTo(ticketCommit);
        assertThat(second.workingCopy().resolve("wip.txt")).hasContent("uncommitted");
        assertThat(GitTestRepository.read(repo.root.resolve(".git/info/exclude"))).isEqualTo(exclude);
        assertThat(repo.git("worktree", "list").lines()).hasSize(2);
    }

    @Test
    void theRecordedBaseBranchSurvivesTheUserSwitchingBranches() {
        workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        repo.git("checkout", "-q", "-b", "experiment");

        assertThat(workspaces.prepareTicketWorkspace(repo.root, "SHOP-12").baseBranch()).isEqualTo("main");
        assertThat(workspaces.prepareTicketWorkspace(repo.root, "SHOP-13").baseBranch()).isEqualTo("experiment");
    }

    @Test
    void aWorkingCopyDeletedByHandIsRecreatedOnItsBranchWithItsCommits() throws Exception {
        TicketWorkspace workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        GitTestRepository.write(workspace.workingCopy(), "src/Coupon.java", "class Coupon {}\n");
        String ticketCommit = GitTestRepository.commitAll(workspace.workingCopy(), "Add coupons");
        FolderDeletion.deleteRecursively(workspace.workingCopy());
        repo.git("checkout", "-q", "--detach"); // the base is recorded, so the user's checkout may be anywhere

        TicketWorkspace again = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");

        assertThat(again).isEqualTo(workspace);
        assertThat(workspaces.headCommit(again).value()).isEqualTo(ticketCommit);
        assertThat(again.workingCopy().resolve("src/Coupon.java")).exists();
        assertThat(repo.git("worktree", "list").lines()).hasSize(2);
    }

    @Test
    void aCreationInterruptedHalfWayIsRedone() throws Exception {
        TicketWorkspace workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        // What git leaves when killed during 'worktree add': the lock it writes first, an incomplete checkout.
        Files.writeString(repo.root.resolve(".git/worktrees/SHOP-12/locked"), "initializing\n");
        Files.delete(workspace.workingCopy().resolve("README.md"));
        GitTestRepository.write(workspace.workingCopy(), ".ticket/meta.json", "{\"externalId\":\"SHOP-12\"}");

        workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");

        assertThat(workspace.workingCopy().resolve("README.md")).exists();
        assertThat(workspace.workingCopy().resolve(".ticket/meta.json")).hasContent("{\"externalId\":\"SHOP-12\"}");
        assertThat(repo.root.resolve(".git/worktrees/SHOP-12/locked")).doesNotExist();
        assertThat(workspaces.status(workspace).isClean()).isTrue();
    }

    @Test
    void aTicketFolderWrittenBeforeTheWorkingCopyExistsIsKept() {
        Path workingCopy = repo.root.resolve(".loopwright/worktrees/SHOP-12");
        GitTestRepository.write(workingCopy, ".ticket/meta/ticket.meta.json", "{\"title\":\"Coupons\"}");

        TicketWorkspace workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");

        assertThat(workingCopy.resolve(".ticket/meta/ticket.meta.json")).hasContent("{\"title\":\"Coupons\"}");
        assertThat(workingCopy.resolve("README.md")).exists();
        assertThat(workspaces.status(workspace).isClean()).isTrue();
        assertThat(GitTestRepository.gitPorcelain(workingCopy)).isEmpty();
    }

    @Test
    void aFolderTakenByOtherFilesIsRefusedAndLeftAlone() {
        Path workingCopy = repo.root.resolve(".loopwright/worktrees/SHOP-12");
        GitTestRepository.write(workingCopy, "precious.txt", "not ours");

        assertThatThrownBy(() -> workspaces.prepareTicketWorkspace(repo.root, "SHOP-12"))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("is taken by files");
        assertThat(workingCopy.resolve("precious.txt")).hasContent("not ours");
    }

    @Test
    void refusesBranchNamesThatAreNotOneSafeFolderName() {
        for (String name : List.of("", "a/b", "../escape", "-flag", "SHOP 12", "x.lock", "a..b")) {
            assertThatThrownBy(() -> workspaces.prepareTicketWorkspace(repo.root, name)).as(name)
                    .isInstanceOf(GitWorkspaceException.class);
        }
        assertThat(repo.root.resolve(".loopwright")).doesNotExist();
    }

    @Test
    void refusesADetachedCheckoutBecauseThereIsNoBaseBranch() {
        repo.git("checkout", "-q", "--detach");

        assertThatThrownBy(() -> workspaces.prepareTicketWorkspace(repo.root, "SHOP-12"))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("detached HEAD");
        assertThat(repo.git("branch", "--list", "SHOP-12")).isEmpty();
    }

    @Test
    void refusesARepositoryThatTracksTheLoopwrightFolder() {
        repo.write(".loopwright/settings.json", "{}");
        repo.git("add", "-f", ".loopwright/settings.json");
        repo.git("commit", "-q", "-m", "Track it");

        assertThatThrownBy(() -> workspaces.prepareTicketWorkspace(repo.root, "SHOP-12"))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("git rm -r --cached .loopwright");
    }

    @Test
    void refusesAFolderOutsideAnyRepository() {
        assertThatThrownBy(() -> workspaces.prepareTicketWorkspace(temp.resolve("nowhere"), "SHOP-12"))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("Not inside a git repository");
    }
}
