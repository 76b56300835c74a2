package dev.loopwright.application.envsetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.setup.InputKind;
import dev.loopwright.domain.setup.SourceStatus;
import dev.loopwright.domain.setup.WorkspaceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInputsTest {
    @TempDir
    Path temp;
    private Path checkout;
    private Path workingCopy;

    @BeforeEach
    void folders() throws Exception {
        checkout = Files.createDirectories(temp.resolve("checkout"));
        workingCopy = Files.createDirectories(temp.resolve("copy"));
    }

    @Test
    void filesAndFoldersAreCopiedAndCopyingAgainWritesNothing() throws Exception {
        Files.writeString(checkout.resolve(".env"), "A=1\n");
        Files.createDirectories(checkout.resolve("fixtures/db"));
        Files.writeString(checkout.resolve("fixtures/db/seed.sql"), "insert;\n");
        List<WorkspaceInput> inputs = List.of(input(".env", InputKind.FILE), input("fixtures", InputKind.DIRECTORY));

        WorkspaceInputs.Copied first = WorkspaceInputs.copy(inputs, checkout, workingCopy);
        WorkspaceInputs.Copied again = WorkspaceInputs.copy(inputs, checkout, workingCopy);

        assertThat(first.written()).containsExactly(".env", "fixtures/db/seed.sql");
        assertThat(workingCopy.resolve("fixtures/db/seed.sql")).hasContent("insert;");
        assertThat(again.written()).isEmpty();
        assertThat(again.kept()).isEmpty();
    }

    @Test
    void theWorkingCopysOwnFileWins() throws Exception {
        Files.createDirectories(checkout.resolve("config"));
        Files.writeString(checkout.resolve("config/app.yml"), "local: true\n");
        Files.createDirectories(workingCopy.resolve("config"));
        Files.writeString(workingCopy.resolve("config/app.yml"), "tracked: true\n");

        WorkspaceInputs.Copied copied = WorkspaceInputs.copy(List.of(input("config", InputKind.DIRECTORY)), checkout,
                workingCopy);

        assertThat(copied.kept()).containsExactly("config/app.yml");
        assertThat(workingCopy.resolve("config/app.yml")).hasContent("tracked: true");
    }

    @Test
    void symbolicLinksAreRefusedOnBothSides() throws Exception {
        Files.createDirectories(checkout.resolve("fixtures"));
        Files.createSymbolicLink(checkout.resolve("fixtures/passwd"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> WorkspaceInputs.copy(List.of(input("fixtures", InputKind.DIRECTORY)), checkout,
                workingCopy)).isInstanceOf(WorkspaceInputs.Refused.class)
                .hasMessageContaining("fixtures/passwd is a symbolic link inside the workspace input fixtures");

        Files.writeString(checkout.resolve(".env"), "A=1\n");
        Files.createSymbolicLink(workingCopy.resolve(".env"), temp.resolve("elsewhere"));
        assertThatThrownBy(() -> WorkspaceInputs.copy(List.of(input(".env", InputKind.FILE)), checkout, workingCopy))
                .isInstanceOf(WorkspaceInputs.Refused.class).hasMessageContaining(".env is a symbolic link in the"
                        + " working copy");
        assertThat(temp.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void anInputMissingFromTheCheckoutIsRefused() {
        assertThatThrownBy(() -> WorkspaceInputs.copy(List.of(input(".env", InputKind.FILE)), checkout, workingCopy))
                .isInstanceOf(WorkspaceInputs.Refused.class).hasMessageContaining(".env does not exist");
    }

    private static WorkspaceInput input(String path, InputKind kind) {
        return new WorkspaceInput(path, kind, SourceStatus.IGNORED, "needed");
    }
}
