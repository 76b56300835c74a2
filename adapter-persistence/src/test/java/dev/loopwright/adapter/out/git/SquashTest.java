package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.SquashResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SquashTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace workspace;
    private Path copy;
    private CommitId forkPoint;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        copy = workspace.workingCopy();
        forkPoint = workspaces.headCommit(workspace);
    }

    @Test
    void theTicketsCommitsBecomeOneCommitWithTheCombinedTree() {
        commit("src/Coupon.java", "class Coupon {}\n", "bead(1)");
        commit("src/Coupon.java", "class Coupon { int percent; }\n", "bead(2)");
        commit("docs/coupons.md", "# Coupons\n", "bead(3)");
        CommitId before = workspaces.headCommit(workspace);
        String treeBefore = git(copy, "rev-parse", "HEAD^{tree}").strip();
        GitTestRepository.write(copy, "src/Basket.java", "uncommitted work");

        SquashResult result = workspaces.squashSinceBase(workspace, "SHOP-12: Coupons\n\nAdds percentage coupons.");

        assertThat(result).isInstanceOf(SquashResult.Squashed.class);
        SquashResult.Squashed squashed = (SquashResult.Squashed) result;
        assertThat(squashed.base()).isEqualTo(forkPoint);
        assertThat(squashed.previousHead()).isEqualTo(before);
        assertThat(squashed.squashedCommits()).isEqualTo(3);
        assertThat(squashed.commit()).isEqualTo(workspaces.headCommit(workspace));
        assertThat(git(copy, "log", "--format=%H", forkPoint.value() + "..HEAD").lines())
                .containsExactly(squashed.commit().value());
        assertThat(git(copy, "rev-parse", "HEAD^").strip()).isEqualTo(forkPoint.value());
        assertThat(git(copy, "rev-parse", "HEAD^{tree}").strip()).isEqualTo(treeBefore);
        assertThat(git(copy, "log", "-1", "--format=%B").strip()).isEqualTo("SHOP-12: Coupons\n\nAdds percentage coupons.");
        assertThat(git(copy, "show", "--name-status", "--format=", "HEAD").lines())
                .containsExactly("A\tdocs/coupons.md", "A\tsrc/Coupon.java");
        assertThat(GitTestRepository.gitPorcelain(copy)).containsExactly(" M src/Basket.java");
    }

    @Test
    void theForkPointCountsEvenWhenTheBaseBranchMovedOn() {
        commit("src/Coupon.java", "class Coupon {}\n", "bead(1)");
        repo.write("CHANGELOG.md", "user's own work on main\n");
        GitTestRepository.commitAll(repo.root, "Work on main meanwhile");

        SquashResult.Squashed squashed = (SquashResult.Squashed) workspaces.squashSinceBase(workspace, "SHOP-12: Coupons");

        assertThat(squashed.base()).isEqualTo(forkPoint);
        assertThat(squashed.squashedCommits()).isEqualTo(1);
        assertThat(git(copy, "ls-tree", "--name-only", "HEAD").lines()).doesNotContain("CHANGELOG.md");
    }

    @Test
    void withoutOwnChangesThereIsNothingToSquash() {
        assertThat(workspaces.squashSinceBase(workspace, "SHOP-12: nothing"))
                .isEqualTo(new SquashResult.NothingToSquash(forkPoint));

        commit("src/Coupon.java", "class Coupon {}\n", "bead(1)");
        git(copy, "rm", "-q", "src/Coupon.java");
        git(copy, "commit", "-q", "-m", "revert bead(1)");
        CommitId head = workspaces.headCommit(workspace);

        assertThat(workspaces.squashSinceBase(workspace, "SHOP-12: nothing")).isEqualTo(new SquashResult.NothingToSquash(head));
        assertThat(workspaces.headCommit(workspace)).isEqualTo(head);
    }

    private void commit(String path, String content, String message) {
        GitTestRepository.write(copy, path, content);
        workspaces.commitPaths(workspace, List.of(path), message);
    }
}
