package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.PushStatus;
import dev.loopwright.application.port.out.git.SquashResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private Path origin;
    private TicketWorkspace workspace;
    private Path copy;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        origin = temp.resolve("origin.git");
        git(temp, "init", "-q", "--bare", origin.toString());
        repo.git("remote", "add", "origin", origin.toString());
        repo.git("push", "-q", "origin", "main");
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        copy = workspace.workingCopy();
        commit("src/Coupon.java", "class Coupon {}\n");
        commit("src/Coupon.java", "class Coupon { int percent; }\n");
    }

    @Test
    void pushesTheTicketBranchToTheNamedRemoteAndThenIsUpToDate() {
        CommitId head = workspaces.headCommit(workspace);

        PushResult first = workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FAST_FORWARD_ONLY);

        assertThat(first.status()).isEqualTo(PushStatus.PUSHED);
        assertThat(first.message()).isEqualTo("[new branch]");
        assertThat(remoteBranch("SHOP-12")).isEqualTo(head.value());
        assertThat(workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FAST_FORWARD_ONLY).status())
                .isEqualTo(PushStatus.UP_TO_DATE);
    }

    @Test
    void afterASquashOnlyALeasedForcePushReplacesTheRemoteBranch() {
        workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FAST_FORWARD_ONLY);
        String pushedBefore = remoteBranch("SHOP-12");
        SquashResult.Squashed squashed = (SquashResult.Squashed) workspaces.squashSinceBase(workspace, "SHOP-12: Coupons");

        PushResult refused = workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FAST_FORWARD_ONLY);
        assertThat(refused.status()).isEqualTo(PushStatus.REJECTED_NON_FAST_FORWARD);
        assertThat(refused.status().isSuccess()).isFalse();
        assertThat(remoteBranch("SHOP-12")).isEqualTo(pushedBefore);

        PushResult forced = workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FORCE_WITH_LEASE);
        assertThat(forced.status()).isEqualTo(PushStatus.PUSHED);
        assertThat(remoteBranch("SHOP-12")).isEqualTo(squashed.commit().value());
    }

    @Test
    void theLeaseRefusesToOverwriteSomeoneElsesPush() {
        workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FAST_FORWARD_ONLY);
        Path colleague = temp.resolve("colleague");
        git(temp, "clone", "-q", "--branch", "SHOP-12", origin.toString(), colleague.toString());
        GitTestRepository.configure(colleague);
        GitTestRepository.write(colleague, "src/Review.java", "class Review {}\n");
        String theirs = GitTestRepository.commitAll(colleague, "Review fix");
        git(colleague, "push", "-q", "origin", "SHOP-12");
        workspaces.squashSinceBase(workspace, "SHOP-12: Coupons");

        PushResult result = workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FORCE_WITH_LEASE);

        assertThat(result.status()).isEqualTo(PushStatus.REJECTED_STALE);
        assertThat(remoteBranch("SHOP-12")).isEqualTo(theirs);
    }

    @Test
    void aLeasedPushOfABranchTheRemoteNeverHadCreatesIt() {
        assertThat(workspaces.push(repo.root, "origin", "SHOP-12", PushMode.FORCE_WITH_LEASE).status())
                .isEqualTo(PushStatus.PUSHED);
        assertThat(remoteBranch("SHOP-12")).isEqualTo(workspaces.headCommit(workspace).value());
    }

    @Test
    void anUnknownRemoteOrBranchOrAnUnreachableRemoteIsAnError() {
        assertThatThrownBy(() -> workspaces.push(repo.root, "upstream", "SHOP-12", PushMode.FAST_FORWARD_ONLY))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("No remote named 'upstream'");
        assertThatThrownBy(() -> workspaces.push(repo.root, "origin", "SHOP-99", PushMode.FAST_FORWARD_ONLY))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("No local branch 'SHOP-99'");
        repo.git("remote", "add", "gone", temp.resolve("missing.git").toString());
        assertThatThrownBy(() -> workspaces.push(repo.root, "gone", "SHOP-12", PushMode.FAST_FORWARD_ONLY))
                .isInstanceOf(GitWorkspaceException.class).hasMessageContaining("Pushing 'SHOP-12' to 'gone' failed");
    }

    private void commit(String path, String content) {
        GitTestRepository.write(copy, path, content);
        workspaces.commitPaths(workspace, List.of(path), "bead: " + path);
    }

    private String remoteBranch(String branch) {
        return git(origin, "rev-parse", "refs/heads/" + branch).strip();
    }
}
