package dev.loopwright.adapter.out.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoveTicketWorkspaceTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace workspace;

    @BeforeEach
    void prepare() throws Exception {
        repo = GitTestRepository.create(temp.resolve("shop"));
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        Path copy = workspace.workingCopy();
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        workspaces.commitPaths(workspace, List.of("src/Coupon.java"), "bead(1)");
        GitTestRepository.write(copy, "uncommitted.txt", "dirty");
        GitTestRepository.write(copy, ".ticket/runtime/log.jsonl", "{}");
        Path cache = Files.createDirectories(copy.resolve("node_modules/.cache"));
        Files.writeString(cache.resolve("blob"), "read-only cache");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @Test
    void removesTheWorkingCopyAndTheBranchWhenAsked() {
        workspaces.removeTicketWorkspace(workspace, true);

        assertThat(workspace.workingCopy()).doesNotExist();
        assertThat(repo.git("worktree", "list", "--porcelain")).doesNotContain("SHOP-12");
        assertThat(repo.root.resolve(".git/worktrees/SHOP-12")).doesNotExist();
        assertThat(repo.git("branch", "--list", "SHOP-12")).isEmpty();
        assertThat(GitTestRepository.tryGit(repo.root, "config", "branch.SHOP-12.loopwrightBase").exitCode())
                .isNotZero();
        assertThat(repo.git("branch", "--list", "main")).isNotEmpty();
    }

    @Test
    void keepsTheBranchUnlessAskedSoTheWorkingCopyCanComeBack() {
        String ticketHead = workspaces.headCommit(workspace).value();

        workspaces.removeTicketWorkspace(workspace, false);

        assertThat(workspace.workingCopy()).doesNotExist();
        assertThat(repo.git("rev-parse", "SHOP-12").strip()).isEqualTo(ticketHead);
        TicketWorkspace again = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        assertThat(again).isEqualTo(workspace);
        assertThat(workspaces.headCommit(again).value()).isEqualTo(ticketHead);
    }

    @Test
    void removingTwiceIsHarmless() {
        workspaces.removeTicketWorkspace(workspace, true);
        workspaces.removeTicketWorkspace(workspace, true);

        assertThat(workspace.workingCopy()).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotOneOfLoopwrightsWorkingCopies() {
        TicketWorkspace elsewhere = new TicketWorkspace(repo.root, repo.root.resolve("src"), "SHOP-12", "main");

        assertThatThrownBy(() -> workspaces.removeTicketWorkspace(elsewhere, true))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("only removes its own");
        assertThat(repo.root.resolve("src/Basket.java")).exists();
        assertThat(workspace.workingCopy()).exists();
        assertThat(repo.git("branch", "--list", "SHOP-12")).isNotEmpty();
    }

    @Test
    void theRecordedWorkspaceIsFoundWhileItsBranchOrFolderExistsAndNotAfterwards() {
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12")).contains(workspace);
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-13")).isEmpty();

        workspaces.removeTicketWorkspace(workspace, false);
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12")).contains(workspace);

        workspaces.removeTicketWorkspace(workspaces.findTicketWorkspace(repo.root, "SHOP-12").orElseThrow(), true);
        assertThat(workspaces.findTicketWorkspace(repo.root, "SHOP-12")).isEmpty();
        assertThat(repo.git("branch", "--list", "main")).isNotEmpty();
    }

    @Test
    void neverDeletesTheBaseBranch() {
        TicketWorkspace onMain = new TicketWorkspace(repo.root, workspace.workingCopy(), "main", "main");

        workspaces.removeTicketWorkspace(onMain, true);

        assertThat(repo.git("branch", "--list", "main")).isNotEmpty();
    }
}
