package dev.loopwright.application.envsetup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorktreeChangesTest {

    @Test
    void ownFoldersAndSetupRootsAreExpectedUntrackedOutputIsNoiseAndTheRestIsCommittable() {
        WorktreeChanges changes = WorktreeChanges.classify(new WorkingCopyStatus(List.of(
                FileChange.untracked(".ticket/notes.md"),
                FileChange.untracked(".cache/tool/bin"),
                FileChange.untracked("config/local.yml"),
                FileChange.untracked("node_modules/x/index.js"),
                FileChange.untracked("server.log"),
                FileChange.untracked(".env.local"),
                FileChange.untracked(".env.example"),
                FileChange.untracked("cmake-build-debug/out.o"),
                new FileChange("target/keep.txt", Optional.empty(), ChangeKind.UNCHANGED, ChangeKind.MODIFIED),
                FileChange.untracked("src/New.java"))), List.of(".cache/tool", "config/local.yml"));

        assertThat(changes.noise()).containsExactly("node_modules/x/index.js", "server.log", ".env.local",
                "cmake-build-debug/out.o");
        assertThat(changes.committable()).containsExactly(".env.example", "target/keep.txt", "src/New.java");
        assertThat(changes.isClean()).isFalse();
    }
}
