package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeIntoBaseTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private GitTestRepository repo;
    private TicketWorkspace workspace;
    private Path copy;

    @BeforeEach
    void prepare() {
        repo = GitTestRepository.create(temp.resolve("shop"));
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        copy = workspace.workingCopy();
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        GitTestRepository.write(copy, "src/Basket.java", "class Basket {\n    int size() {\n        return 1;\n    }\n}\n");
        workspaces.commitPaths(workspace, List.of("src"), "SHOP-12: Coupons");
    }

    @Test
    void fastForwardsTheBaseBranchAndTheUsersCheckoutOfIt() {
        CommitId ticketHead = workspaces.headCommit(workspace);

        MergeResult result = workspaces.mergeIntoBase(workspace, "Merge SHOP-12", MergeMode.FAST_FORWARD_WHEN_POSSIBLE);

        assertThat(result).isEqualTo(new MergeResult.Merged(ticketHead, true));
        assertThat(repo.git("rev-parse", "main").strip()).isEqualTo(ticketHead.value());
        assertThat(repo.root.resolve("src/Coupon.java")).hasContent("class Coupon {}");
        assertThat(GitTestRepository.gitPorcelain(repo.root)).isEmpty();
        assertThat(workspaces.mergeIntoBase(workspace, "again", MergeMode.FAST_FORWARD_WHEN_POSSIBLE))
                .isEqualTo(new MergeResult.AlreadyMerged(ticketHead));
    }

    @Test
    void createsAMergeCommitWhenTheBaseMovedOnAndKeepsTheUsersUnrelatedChanges() {
        String mainBefore = userCommits("CHANGELOG.md", "user's own work\n");
        repo.write("README.md", "# Shop\n\nuncommitted edit by the user\n");
        CommitId ticketHead = workspaces.headCommit(workspace);

        MergeResult result = workspaces.mergeIntoBase(workspace, "Merge SHOP-12: Coupons",
                MergeMode.FAST_FORWARD_WHEN_POSSIBLE);

        assertThat(result).isInstanceOf(MergeResult.Merged.class);
        MergeResult.Merged merged = (MergeResult.Merged) result;
        assertThat(merged.fastForward()).isFalse();
        assertThat(repo.git("rev-parse", "main").strip()).isEqualTo(merged.newBaseHead().value());
        assertThat(repo.git("log", "-1", "--format=%P%n%s", "main").lines())
                .containsExactly(mainBefore + " " + ticketHead.value(), "Merge SHOP-12: Coupons");
        assertThat(repo.root.resolve("src/Coupon.java")).exists();
        assertThat(repo.root.resolve("CHANGELOG.md")).exists();
        assertThat(GitTestRepository.gitPorcelain(repo.root)).containsExactly(" M README.md");
    }

    @Test
    void alwaysMergeCommitKeepsTheTicketAsOneUnitEvenWhenFastForwardWouldDo() {
        String mainBefore = repo.head();
        CommitId ticketHead = workspaces.headCommit(workspace);

        MergeResult.Merged merged = (MergeResult.Merged) workspaces.mergeIntoBase(workspace, "Merge SHOP-12",
                MergeMode.ALWAYS_MERGE_COMMIT);

        assertThat(merged.fastForward()).isFalse();
        assertThat(repo.git("log", "-1", "--format=%P", "main").strip()).isEqualTo(mainBefore + " " + ticketHead.value());
        assertThat(repo.git("rev-parse", "main^{tree}").strip())
                .isEqualTo(repo.git("rev-parse", ticketHead.value() + "^{tree}").strip());
        assertThat(GitTestRepository.gitPorcelain(repo.root)).isEmpty();
    }

    @Test
    void aConflictIsReportedAndNothingIsWrittenAnywhere() {
        String mainBefore = userCommits("src/Basket.java", "class Basket {\n    int size() {\n        return 42;\n    }\n}\n");
        Map<String, String> checkoutBefore = repo.checkoutFingerprint();

        MergeResult result = workspaces.mergeIntoBase(workspace, "Merge SHOP-12", MergeMode.FAST_FORWARD_WHEN_POSSIBLE);

        assertThat(result).isEqualTo(new MergeResult.Conflicted(List.of("src/Basket.java")));
        assertThat(repo.git("rev-parse", "main").strip()).isEqualTo(mainBefore);
        assertThat(repo.checkoutFingerprint()).isEqualTo(checkoutBefore);
        assertThat(repo.root.resolve(".git/MERGE_HEAD")).doesNotExist();
        assertThat(repo.root.resolve(".git/index.lock")).doesNotExist();
    }

    @Test
    void localChangesThatWouldBeOverwrittenBlockTheMergeAndNothingIsWritten() {
        String mainBefore = repo.head();
        repo.write("src/Basket.java", "class Basket { /* the user's uncommitted edit */ }\n");
        repo.write("src/Coupon.java", "the user's own untracked file\n");
        Map<String, String> checkoutBefore = repo.checkoutFingerprint();

        MergeResult result = workspaces.mergeIntoBase(workspace, "Merge SHOP-12", MergeMode.FAST_FORWARD_WHEN_POSSIBLE);

        assertThat(result).isEqualTo(new MergeResult.BlockedByLocalChanges(repo.root,
                List.of("src/Basket.java", "src/Coupon.java")));
        assertThat(repo.git("rev-parse", "main").strip()).isEqualTo(mainBefore);
        assertThat(repo.checkoutFingerprint()).isEqualTo(checkoutBefore);
        assertThat(repo.root.resolve(".git/index.lock")).doesNotExist();
    }

    @Test
    void whenTheBaseIsNotCheckedOutOnlyTheBranchMoves() {
        repo.git("checkout", "-q", "-b", "experiment");
        Map<String, String> checkoutBefore = repo.checkoutFingerprint();
        CommitId ticketHead = workspaces.headCommit(workspace);

        MergeResult result = workspaces.mergeIntoBase(workspace, "Merge SHOP-12", MergeMode.FAST_FORWARD_WHEN_POSSIBLE);

        assertThat(result).isEqualTo(new MergeResult.Merged(ticketHead, true));
        assertThat(repo.git("rev-parse", "main").strip()).isEqualTo(ticketHead.value());
        assertThat(repo.checkoutFingerprint()).isEqualTo(checkoutBefore);
    }

    @Test
    void aBaseCheckedOutInAnotherLinkedWorktreeIsUpdatedThere() {
        repo.git("checkout", "-q", "-b", "experiment");
        Path mainCheckout = temp.resolve("main-checkout");
        repo.git("worktree", "add", "-q", mainCheckout.toString(), "main");
        CommitId ticketHead = workspaces.headCommit(workspace);

        MergeResult result = workspaces.mergeIntoBase(workspace, "Merge SHOP-12", MergeMode.FAST_FORWARD_WHEN_POSSIBLE);

        assertThat(result).isEqualTo(new MergeResult.Merged(ticketHead, true));
        assertThat(mainCheckout.resolve("src/Coupon.java")).exists();
        assertThat(GitTestRepository.gitPorcelain(mainCheckout)).isEmpty();
    }

    private String userCommits(String path, String content) {
        repo.write(path, content);
        return GitTestRepository.commitAll(repo.root, "User's commit on main");
    }
}
