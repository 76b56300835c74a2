package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aNonNumericPortIsAUsageError() {
        assertThat(run("serve", "--port", "abc")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Invalid value for option '--port': 'abc' is not an int")
                .contains("Usage: loopwright serve");
    }

    @Test
    void aPortOutsideTheValidRangeIsAUsageError() {
        assertThat(run("serve", "--port", "65536")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--port must be between 0 and 65535, got 65536");
        assertThat(run("serve", "--port", "-1")).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    @Test
    void aNonLoopbackAddressIsRefused() {
        assertThat(run("serve", "--host", "0.0.0.0", "--port", "0")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Refusing to bind 0.0.0.0");
    }

    @Test
    void anUnusableDataDirectoryFailsWithOneClearLine(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThat(run("serve", "--port", "0", "--data-dir", file.toString())).isEqualTo(CommandLine.ExitCode.SOFTWARE);
        assertThat(err.toString()).startsWith("loopwright: ").contains("not-a-directory").doesNotContain("\tat ");
    }

    @Test
    void noCommandPrintsTheChoicesAndFails() {
        assertThat(run()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Missing command: choose one of serve");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("launch")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'launch'");
    }

    @Test
    void helpListsTheServeCommandWithExamples() {
        assertThat(run("serve", "--help")).isEqualTo(CommandLine.ExitCode.OK);
        assertThat(out.toString()).contains("--port=PORT").contains("LOOPWRIGHT_PORT").contains("Examples:");
    }
}
