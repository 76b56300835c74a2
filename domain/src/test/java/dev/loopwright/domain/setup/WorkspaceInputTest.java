package dev.loopwright.domain.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceInputTest {

    private static WorkspaceInput input(String path) {
        return new WorkspaceInput(path, InputKind.FILE, SourceStatus.IGNORED, "needed to run");
    }

    @ParameterizedTest
    @ValueSource(strings = {".env", "config/local.yml", "fixtures/", "a/b/c.txt", ".github/workflows", "..hidden"})
    void plainRelativePathsAreAccepted(String path) {
        assertThat(input(path).path()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "C:/Users/x", "c:\\x"})
    void absolutePathsAreRefused(String path) {
        assertThatThrownBy(() -> input(path)).isInstanceOf(ValidationException.class)
                .hasMessage("workspaceInputs.path must be relative to the project, got '" + path + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../secrets", "a/../../b", "a/.."})
    void parentSegmentsAreRefused(String path) {
        assertThatThrownBy(() -> input(path))
                .hasMessage("workspaceInputs.path must not contain a '..' segment, got '" + path + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {".git", ".git/config", ".ticket/runtime", ".loopwright", "sub/.git/HEAD"})
    void repositoryAndLoopwrightFoldersAreRefused(String path) {
        assertThatThrownBy(() -> input(path))
                .hasMessage("workspaceInputs.path must not point into .git, .loopwright, .ticket, got '" + path + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "./a", "a//b", "a/./b"})
    void ambiguousSegmentsAreRefused(String path) {
        assertThatThrownBy(() -> input(path))
                .hasMessage("workspaceInputs.path must not contain empty or '.' segments, got '" + path + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void emptyPathsAreRefused(String path) {
        assertThatThrownBy(() -> input(path))
                .hasMessage("workspaceInputs.path must be a relative path, got an empty one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\b", "..\\x"})
    void backslashesAreRefused(String path) {
        assertThatThrownBy(() -> input(path))
                .hasMessage("workspaceInputs.path must use / as separator, got '" + path + "'");
    }
}
