package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetAndCleanTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private TicketWorkspace workspace;
    private Path copy;
    private CommitId beadStart;

    @BeforeEach
    void prepare() {
        GitTestRepository repo = GitTestRepository.create(temp.resolve("shop"));
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        copy = workspace.workingCopy();
        beadStart = workspaces.headCommit(workspace);
    }

    @Test
    void aFailedBeadIsUndoneButTheTicketFolderAndIgnoredFilesStay() throws Exception {
        String basket = GitTestRepository.read(copy.resolve("src/Basket.java"));
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        workspaces.commitPaths(workspace, List.of("src/Coupon.java"), "bead(1): attempt");
        GitTestRepository.write(copy, "src/Basket.java", "broken");
        Files.delete(copy.resolve("README.md"));
        GitTestRepository.write(copy, "stray.txt", "untracked file");
        GitTestRepository.write(copy, "generated/a/b/c.txt", "untracked tree");
        Files.createDirectories(copy.resolve("empty/folder"));
        GitTestRepository.write(copy, "node_modules/left-pad/index.js", "ignored dependency");
        GitTestRepository.write(copy, "src/server.log", "ignored log");
        GitTestRepository.write(copy, "tmp/keep/cache.log", "ignored file inside an untracked folder");
        GitTestRepository.write(copy, "tmp/keep/junk.txt", "untracked file beside it");
        GitTestRepository.write(copy, ".ticket/runtime/execution-log.jsonl", "{\"event\":\"retry\"}\n");
        GitTestRepository.write(copy, ".ticket/interview.yaml", "questions: []\n");

        workspaces.resetAndClean(workspace, beadStart);

        assertThat(workspaces.headCommit(workspace)).isEqualTo(beadStart);
        assertThat(git(copy, "rev-parse", "SHOP-12").strip()).isEqualTo(beadStart.value());
        assertThat(copy.resolve("src/Basket.java")).hasContent(basket.strip());
        assertThat(copy.resolve("README.md")).exists();
        assertThat(copy.resolve("src/Coupon.java")).doesNotExist();
        assertThat(copy.resolve("stray.txt")).doesNotExist();
        assertThat(copy.resolve("generated")).doesNotExist();
        assertThat(copy.resolve("empty")).doesNotExist();
        assertThat(copy.resolve("tmp/keep/junk.txt")).doesNotExist();
        assertThat(copy.resolve("tmp/keep/cache.log")).hasContent("ignored file inside an untracked folder");
        assertThat(copy.resolve("node_modules/left-pad/index.js")).exists();
        assertThat(copy.resolve("src/server.log")).exists();
        assertThat(copy.resolve(".ticket/runtime/execution-log.jsonl")).hasContent("{\"event\":\"retry\"}");
        assertThat(copy.resolve(".ticket/interview.yaml")).exists();
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
        assertThat(workspaces.status(workspace).isClean()).isTrue();
    }

    @Test
    void theTicketFolderStaysEvenWhereTheProjectDoesNotIgnoreIt() throws Exception {
        // Someone removed Loopwright's line from the local exclude file: the folder is plain untracked now.
        Path exclude = workspace.repositoryRoot().resolve(".git/info/exclude");
        Files.writeString(exclude, GitTestRepository.read(exclude).replace("/.ticket/\n", ""));
        GitTestRepository.write(copy, ".ticket/meta.json", "{}");
        GitTestRepository.write(copy, "stray.txt", "untracked file");
        assertThat(GitTestRepository.gitPorcelain(copy)).contains("?? .ticket/meta.json");

        workspaces.resetAndClean(workspace, beadStart);

        assertThat(copy.resolve(".ticket/meta.json")).exists();
        assertThat(copy.resolve("stray.txt")).doesNotExist();
    }
}
