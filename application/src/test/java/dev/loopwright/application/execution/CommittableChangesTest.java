package dev.loopwright.application.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommittableChangesTest {

    @Test
    void theAgentsWorkIsCommittedButNotLoopwrightsFilesOrNewGeneratedNoise() {
        WorkingCopyStatus status = new WorkingCopyStatus(List.of(
                FileChange.untracked("src/app.js"),
                modified("README.md"),
                new FileChange("lib/old.js", Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.DELETED),
                FileChange.untracked(".ticket/runtime/state.yaml"),
                FileChange.untracked("node_modules/left-pad/index.js"),
                FileChange.untracked("debug.log"),
                FileChange.untracked(".env.local"),
                FileChange.untracked(".env.example"),
                FileChange.untracked("cmake-build-debug/out.o"),
                modified("build/keep.txt")));

        CommittableChanges.Split split = CommittableChanges.of(status);

        assertThat(split.committable()).containsExactly(".env.example", "README.md", "build/keep.txt", "lib/old.js",
                "src/app.js");
        assertThat(split.skipped()).containsExactly(".env.local", ".ticket/runtime/state.yaml",
                "cmake-build-debug/out.o", "debug.log", "node_modules/left-pad/index.js");
    }

    @Test
    void aRenameCommitsBothItsOldAndItsNewPath() {
        WorkingCopyStatus status = new WorkingCopyStatus(List.of(new FileChange("src/new.js", Optional.of("src/old.js"),
                ChangeKind.RENAMED, ChangeKind.UNCHANGED)));

        assertThat(CommittableChanges.of(status).committable()).containsExactly("src/new.js", "src/old.js");
    }

    private static FileChange modified(String path) {
        return new FileChange(path, Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.MODIFIED);
    }
}
