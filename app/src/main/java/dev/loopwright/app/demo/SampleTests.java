package dev.loopwright.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the sample's plain test command, {@code bash test.sh}, in a folder. */
public final class SampleTests {
    private SampleTests() {
    }

    /** The outcome of one run: exit code and the combined output. */
    public record Outcome(int exitCode, String output) {
        public boolean passed() {
            return exitCode == 0;
        }
    }

    public static Outcome run(Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(DemoScenario.TEST_COMMAND).directory(folder.toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Outcome(-1, output + "\n(timed out)");
        }
        return new Outcome(process.exitValue(), output);
    }
}
