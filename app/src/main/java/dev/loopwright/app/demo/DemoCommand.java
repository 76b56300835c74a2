package dev.loopwright.app.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loopwright demo}: the whole lifecycle of one ticket, offline, with a scripted model. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs one ticket through the whole workflow offline: a sample Java repository in a temporary folder, a"
                    + " SCRIPTED model (canned answers, no AI provider, no network), a real opencode serve, git and"
                    + " SQLite; then runs the sample's tests on the merged branch.",
            "OpenCode: $LOOPWRIGHT_OPENCODE_BINARY, else the checkout's .tools/, else ~/.cache/loopwright/, else"
                    + " installed there with npm."},
        footer = {"", "Example:", "  ./loopwright demo", "  ./loopwright demo --dir /tmp/loopwright-demo"})
public final class DemoCommand implements Callable<Integer> {
    private final Map<String, String> environment;
    private final Path home;
    private final DemoPlatform platform;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work in this new or empty folder (default: a new"
            + " temporary folder, kept afterwards).")
    private Path dir;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "10",
            description = "Give up when the ticket has not completed after this many minutes (default: ${DEFAULT-VALUE}).")
    private int timeoutMinutes;

    public DemoCommand(Map<String, String> environment, Path home, DemoPlatform platform) {
        this.environment = environment;
        this.home = home;
        this.platform = platform;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream console = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true,
                java.nio.charset.StandardCharsets.UTF_8);
        Path folder = dir == null ? Files.createTempDirectory("loopwright-demo-")
                : Files.createDirectories(dir).toAbsolutePath();
        console.println("Loopwright demo. The model is SCRIPTED: every answer is canned for this sample, nothing"
                + " leaves this machine. OpenCode, git, SQLite and the workflow are real.");
        console.println("Working in " + folder);
        Path binary = OpenCodeBinary.locate(environment, home, console);
        console.println("OpenCode binary: " + binary);
        Demo.Result result;
        try {
            result = Demo.run(new Demo.Settings(folder, binary, platform, console, Duration.ofMinutes(timeoutMinutes)));
        } catch (DemoFailure e) {
            spec.commandLine().getErr().println("loopwright demo: " + e.getMessage());
            spec.commandLine().getErr().println("Everything is kept in " + folder + " for a look.");
            return 1;
        }
        if (!result.after().passed()) {
            spec.commandLine().getErr().println("loopwright demo: the merged tests fail");
            return 1;
        }
        console.println("Demo complete.");
        return 0;
    }
}
