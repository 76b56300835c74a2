package dev.loopwright.adapter.out.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.out.shell.CommandRequest;
import dev.loopwright.application.port.out.shell.CommandResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BashCommandRunnerTest {
    private final BashCommandRunner runner = new BashCommandRunner();

    @TempDir
    Path folder;

    @Test
    void aPassingCommandRunsInItsFolderWithTheGivenEnvironment() throws Exception {
        Files.writeString(folder.resolve("marker.txt"), "here");

        CommandResult result = runner.run(new CommandRequest(folder, "cat marker.txt; echo \" $EXTRA\"; echo err >&2",
                Duration.ofSeconds(30), Map.of("EXTRA", "value")));

        assertThat(result.passed()).isTrue();
        assertThat(result.output()).contains("here value", "err");
    }

    @Test
    void aFailingCommandReportsItsExitCodeAndOutput() throws Exception {
        CommandResult result = runner.run(CommandRequest.of(folder, "echo 'expected 2 got 3'; exit 3",
                Duration.ofSeconds(30)));

        assertThat(result.passed()).isFalse();
        assertThat(result.exitCode()).hasValue(3);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.summary()).contains("exit 3");
        assertThat(result.outputTail(100)).contains("expected 2 got 3");
    }

    @Test
    void aCommandThatOutlivesItsTimeoutIsStoppedWithTheProcessesItStarted() throws Exception {
        Path childPid = folder.resolve("child.pid");

        CommandResult result = runner.run(CommandRequest.of(folder, "sleep 300 & echo $! > " + childPid + "; wait",
                Duration.ofMillis(500)));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.passed()).isFalse();
        assertThat(result.exitCode()).isEmpty();
        long pid = Long.parseLong(Files.readString(childPid).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aFolderThatDoesNotExistIsAFailedResultNotAnException() throws Exception {
        CommandResult result = runner.run(CommandRequest.of(folder.resolve("missing"), "true", Duration.ZERO));

        assertThat(result.passed()).isFalse();
        assertThat(result.output()).contains("could not start");
    }

    @Test
    void aFloodOfOutputKeepsItsEnd() throws Exception {
        CommandResult result = runner.run(CommandRequest.of(folder,
                "head -c 3000000 /dev/zero | tr '\\0' 'x'; echo; echo THE-END", Duration.ofSeconds(60)));

        assertThat(result.passed()).isTrue();
        assertThat(result.outputTruncated()).isTrue();
        assertThat(result.output()).endsWith("THE-END\n").hasSizeLessThanOrEqualTo(1_000_000);
    }
}
