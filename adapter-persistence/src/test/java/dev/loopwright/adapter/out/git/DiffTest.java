package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffTest {
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
    void theWorkingCopyDiffShowsCommittedUncommittedAndNewFilesButNotIgnoredOrTicketFiles() throws Exception {
        GitTestRepository.write(copy, "src/Basket.java", "class Basket {\n    int size() {\n        return 1;\n    }\n}\n");
        workspaces.commitPaths(workspace, List.of("src/Basket.java"), "bead(1): size");
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        Files.delete(copy.resolve("src/Price.java"));
        GitTestRepository.write(copy, "node_modules/left-pad/index.js", "module.exports = 1;\n");
        GitTestRepository.write(copy, "build/Basket.class", "binary-ish");
        GitTestRepository.write(copy, ".ticket/runtime/log.jsonl", "{}\n");

        String diff = workspaces.diffWorkingCopy(workspace, base);

        assertThat(diff).contains("diff --git a/src/Basket.java b/src/Basket.java", "-        return 0;",
                "+        return 1;", "diff --git a/src/Coupon.java b/src/Coupon.java", "new file mode 100644",
                "+class Coupon {}", "diff --git a/src/Price.java b/src/Price.java", "deleted file mode 100644");
        assertThat(diff).doesNotContain("node_modules", "build/", ".ticket");
    }

    @Test
    void theWorkingCopyDiffAppliedWithGitApplyReproducesTheWorkingCopy() throws Exception {
        GitTestRepository.write(copy, "src/Basket.java", "class Basket {\n    int size() {\n        return 2;\n    }\n}\n");
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        Files.delete(copy.resolve("docs/notes.txt"));
        String diff = workspaces.diffWorkingCopy(workspace, base);
        Path twin = workspaces.prepareTicketWorkspace(repo.root, "SHOP-13").workingCopy();
        Files.writeString(temp.resolve("ticket.patch"), diff);

        git(twin, "apply", "--whitespace=nowarn", temp.resolve("ticket.patch").toString());

        assertThat(twin.resolve("src/Basket.java")).hasSameTextualContentAs(copy.resolve("src/Basket.java"));
        assertThat(twin.resolve("src/Coupon.java")).hasSameTextualContentAs(copy.resolve("src/Coupon.java"));
        assertThat(twin.resolve("docs/notes.txt")).doesNotExist();
    }

    @Test
    void aCommitRangeDiffAppliedToItsStartGivesItsEnd() throws Exception {
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        CommitId first = ((CommitResult.Committed) workspaces.commitPaths(
                workspace, List.of("src/Coupon.java"), "bead(1): coupon")).commit();
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {\n    int percent;\n}\n");
        GitTestRepository.write(copy, "docs/notes.txt", "first line\nsecond line, edited\nthird line\nfourth line\n");
        workspaces.commitPaths(workspace, List.of("src", "docs"), "bead(2): percent");
        CommitId last = workspaces.headCommit(workspace);
        GitTestRepository.write(copy, "uncommitted.txt", "not part of any commit\n");

        String diff = workspaces.diffCommits(workspace, first, last);

        assertThat(diff).contains("+    int percent;", "+second line, edited").doesNotContain("uncommitted.txt");
        Path twin = workspaces.prepareTicketWorkspace(repo.root, "SHOP-13").workingCopy();
        git(twin, "checkout", "-q", first.value());
        Files.writeString(temp.resolve("range.patch"), diff);
        git(twin, "apply", "--index", temp.resolve("range.patch").toString());
        assertThat(git(twin, "write-tree").strip()).isEqualTo(git(copy, "rev-parse", last.value() + "^{tree}").strip());
        assertThat(workspaces.diffCommits(workspace, last, last)).isEmpty();
    }
}
