package dev.loopwright.adapter.out.git;

import static dev.loopwright.adapter.out.git.GitTestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCopyStatusTest {
    @TempDir
    Path temp;

    private final JGitWorkspace workspaces = new JGitWorkspace();
    private TicketWorkspace workspace;
    private Path copy;

    @BeforeEach
    void prepare() {
        GitTestRepository repo = GitTestRepository.create(temp.resolve("shop"));
        workspace = workspaces.prepareTicketWorkspace(repo.root, "SHOP-12");
        copy = workspace.workingCopy();
    }

    @Test
    void aFreshWorkingCopyIsClean() {
        assertThat(workspaces.status(workspace).isClean()).isTrue();
        assertThat(GitTestRepository.gitPorcelain(copy)).isEmpty();
    }

    @Test
    void reportsEveryKindOfChangeExactlyAsGitStatusPorcelainDoes() throws Exception {
        GitTestRepository.write(copy, "src/Basket.java", "class Basket { int size() { return 1; } }\n");
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon {}\n");
        git(copy, "add", "src/Coupon.java");
        GitTestRepository.write(copy, "src/Coupon.java", "class Coupon { int percent; }\n");
        Files.delete(copy.resolve("README.md"));
        git(copy, "mv", "docs/notes.txt", "docs/changelog.txt");
        git(copy, "rm", "-q", "src/Price.java");
        GitTestRepository.write(copy, "new/deep/Idea.md", "an idea\n");
        GitTestRepository.write(copy, "build/classes/Basket.class", "ignored output");
        GitTestRepository.write(copy, "debug.log", "ignored log");
        GitTestRepository.write(copy, ".ticket/runtime/state.yaml", "ticket metadata");

        WorkingCopyStatus status = workspaces.status(workspace);

        assertThat(GitTestRepository.porcelain(status))
                .containsExactlyInAnyOrderElementsOf(GitTestRepository.gitPorcelain(copy))
                .containsExactlyInAnyOrder(" M src/Basket.java", "AM src/Coupon.java", " D README.md",
                        "R  docs/notes.txt -> docs/changelog.txt", "D  src/Price.java", "?? new/deep/Idea.md");
        assertThat(status.changes()).contains(
                new FileChange("docs/changelog.txt", Optional.of("docs/notes.txt"), ChangeKind.RENAMED,
                        ChangeKind.UNCHANGED),
                FileChange.untracked("new/deep/Idea.md"));
        assertThat(status.changes()).extracting(FileChange::kind).containsExactly(ChangeKind.DELETED,
                ChangeKind.RENAMED, ChangeKind.UNTRACKED, ChangeKind.MODIFIED, ChangeKind.ADDED, ChangeKind.DELETED);
        assertThat(status.paths()).isSorted();
    }
}
