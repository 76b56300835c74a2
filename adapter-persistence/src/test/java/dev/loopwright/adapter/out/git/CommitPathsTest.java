package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitPathsTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace workspace;
    private Path copy;
    private CommitId base;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        copy = workspace.workingCopy();
        base = workspaces.headCommit(workspace);
    }

    @Test
    void commitsOnlyTheListedPathsAndLeavesEveryOtherChangeUncommitted() throws Exception {
        GitTestRepository.write(copy, "src/Basket.java", "class Basket { int size() { return 1; } }\n");
        GitTestRepository.write(copy, "src/Price.java", "class Price { long cents; String currency; }\n");
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        GitTestRepository.write(copy, "scratch.txt", "agent's scratch notes\n");
        Files.delete(copy.resolve("docs/notes.txt"));

        CommitResult result = workspaces.commitPaths(workspace,
                List.of("src/Basket.java", "src/Coupon.java", "docs/notes.txt"), "bead(1): basket size");

        assertThat(result).isInstanceOf(CommitResult.Committed.class);
        CommitResult.Committed committed = (CommitResult.Committed) result;
        assertThat(committed.paths()).containsExactly("docs/notes.txt", "src/Basket.java", "src/Coupon.java");
        assertThat(committed.commit()).isEqualTo(workspaces.headCommit(workspace));
        assertThat(git(copy, "show", "--name-status", "--format=%s", "HEAD").lines().toList())
                .containsExactly("bead(1): basket size", "", "D\tdocs/notes.txt", "M\tsrc/Basket.java",
                        "A\tsrc/Coupon.java");
        assertThat(GitTestRepository.gitPorcelain(copy)).containsExactlyInAnyOrder(" M src/Price.java", "?? scratch.txt");
        assertThat(GitTestRepository.porcelain(workspaces.status(workspace)))
                .containsExactlyInAnyOrder(" M src/Price.java", "?? scratch.txt");
        assertThat(git(copy, "log", "--format=%H").lines().toList())
                .containsExactly(committed.commit().value(), base.value());
        assertThat(git(copy, "log", "-1", "--format=%an <%ae>")).isEqualToIgnoringNewLines("Test User <test@example.com>");
        git(copy, "fsck", "--strict", "--no-progress");
    }

    @Test
    void whatAnAgentStagedItselfStaysStagedAndUncommitted() {
        GitTestRepository.write(copy, "src/Basket.java", "class Basket { int size() { return 1; } }\n");
        GitTestRepository.write(copy, "src/Price.java", "class Price { long cents; String currency; }\n");
        git(copy, "add", "src/Price.java");

        workspaces.commitPaths(workspace, List.of("src/Basket.java"), "bead(1): basket size");

        assertThat(git(copy, "show", "--name-only", "--format=", "HEAD").strip()).isEqualTo("src/Basket.java");
        assertThat(GitTestRepository.gitPorcelain(copy)).containsExactly("M  src/Price.java");
    }

    @Test
    void aFolderCommitsItsFilesButNotTheIgnoredOnes() {
        GitTestRepository.write(copy, "web/index.html", "<h1>Shop</h1>\n");
        GitTestRepository.write(copy, "web/app.js", "console.log('shop');\n");
        GitTestRepository.write(copy, "web/node_modules/left-pad/index.js", "module.exports = 1;\n");
        GitTestRepository.write(copy, "web/server.log", "noise\n");

        CommitResult result = workspaces.commitPaths(workspace, List.of("web"), "bead(2): web page");

        assertThat(((CommitResult.Committed) result).paths()).containsExactly("web/app.js", "web/index.html");
        assertThat(git(copy, "ls-tree", "-r", "--name-only", "HEAD", "web").lines())
                .containsExactly("web/app.js", "web/index.html");
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
    }

    @Test
    void anAbsolutePathInsideTheWorkingCopyIsAccepted() {
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");

        CommitResult result = workspaces.commitPaths(workspace, List.of(copy.resolve("src/Coupon.java").toString()),
                "bead(3): coupons");

        assertThat(((CommitResult.Committed) result).paths()).containsExactly("src/Coupon.java");
    }

    @Test
    void unchangedPathsAreNothingToCommit() {
        GitTestRepository.write(copy, "scratch.txt", "not listed\n");

        CommitResult result = workspaces.commitPaths(workspace, List.of("README.md", "src"), "bead(4): nothing");

        assertThat(result).isEqualTo(new CommitResult.NothingToCommit(base));
        assertThat(workspaces.headCommit(workspace)).isEqualTo(base);
    }

    @Test
    void refusesPathsOutsideTheWorkingCopyOrInsideGitOrTicketFolders() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(copy.resolve("linked"), outside);
        GitTestRepository.write(copy, ".ticket/notes.md", "ticket notes");
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");

        for (String path : List.of("../outside/secret.txt", "src/../../outside/secret.txt",
                outside.resolve("secret.txt").toString(), repo.root.resolve("README.md").toString(), ".git/config",
                "src/.git/config", ".ticket/notes.md", ".ticket", "linked/secret.txt", ".", "")) {
            assertThatThrownBy(() -> workspaces.commitPaths(workspace, List.of("src/Coupon.java", path), "sneaky"))
                    .as(path).isInstanceOf(GitWorkspaceException.class).hasMessageContaining("Refused path");
        }
        assertThat(workspaces.headCommit(workspace)).isEqualTo(base);
        assertThat(GitTestRepository.gitPorcelain(copy)).containsExactlyInAnyOrder("?? linked", "?? src/Coupon.java");
    }

    @Test
    void refusesAPathThatMatchesNothingAndAnEmptyList() {
        assertThatThrownBy(() -> workspaces.commitPaths(workspace, List.of("src/Missing.java"), "bead"))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("src/Missing.java");
        assertThatThrownBy(() -> workspaces.commitPaths(workspace, List.of(), "bead"))
                .isInstanceOf(GitWorkspaceException.class);
        assertThatThrownBy(() -> workspaces.commitPaths(workspace, List.of("README.md"), " "))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("message");
    }
}
