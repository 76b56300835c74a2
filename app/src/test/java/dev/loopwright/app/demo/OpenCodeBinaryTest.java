package dev.loopwright.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the demo looks for OpenCode, and that the build filtered the pinned version in. */
class OpenCodeBinaryTest {

    @Test
    void thePinnedVersionIsTheRootPomsOne() {
        assertThat(OpenCodeBinary.pinnedVersion()).isEqualTo(System.getProperty("opencode.binary", "")
                .replaceAll(".*opencode-([^/]+)/node_modules.*", "$1"));
        assertThat(OpenCodeBinary.pinnedVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void theVariableComesFirstThenTheCheckoutsToolsThenTheCache() {
        String folder = "opencode-" + OpenCodeBinary.pinnedVersion();
        assertThat(OpenCodeBinary.candidates(Map.of(OpenCodeBinary.VARIABLE, "/opt/opencode"), Path.of("/home/ada"),
                Optional.of(Path.of("/src/loopwright")))).containsExactly(Path.of("/opt/opencode"),
                Path.of("/src/loopwright/.tools/" + folder + "/node_modules/.bin/opencode"),
                Path.of("/home/ada/.cache/loopwright/" + folder + "/node_modules/.bin/opencode"));
        assertThat(OpenCodeBinary.candidates(Map.of(OpenCodeBinary.VARIABLE, " "), Path.of("/home/ada"),
                Optional.empty())).containsExactly(
                Path.of("/home/ada/.cache/loopwright/" + folder + "/node_modules/.bin/opencode"));
    }
}
