package dev.loopwright.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The offline demo: a sample repository, the scripted model, a managed {@code opencode serve} and an in-process
 * Loopwright server; one ticket driven over HTTP from DRAFT to COMPLETED; then the sample's tests on the merged base
 * branch. Everything stays in {@code folder} for a look afterwards.
 */
public final class Demo {
    private Demo() {
    }

    /** Where the demo works and talks. */
    public record Settings(Path folder, Path openCodeBinary, DemoPlatform platform, PrintStream console,
            Duration patience) {
    }

    /** What it left behind. */
    public record Result(Path repository, Path dataDirectory, String startCommit, String mergedCommit,
            SampleTests.Outcome before, SampleTests.Outcome after, JsonNode ticket, boolean untouchedBeforeMerge) {
    }

    public static Result run(Settings settings) throws IOException, InterruptedException {
        PrintStream console = settings.console();
        Path repo = SampleRepository.create(settings.folder().resolve("shop"));
        console.println("Sample repository: " + repo + " (a tiny Java basket; tests run with `bash test.sh`)");
        SampleTests.Outcome before = SampleTests.run(repo);
        console.println("Its tests before the ticket: " + (before.passed() ? "pass" : "one fails") + "\n"
                + indent(before.output()));
        CheckoutWatch checkout = new CheckoutWatch(repo);
        DataDirectory data = new DataDirectory(settings.folder().resolve("data"), DataDirectory.Source.FLAG);
        try (ScriptedModelServer model = ScriptedModelServer.start(DemoScript.build());
                DemoPlatform.Running servers = settings.platform().start(settings.openCodeBinary(), settings.folder(),
                        ScriptedOpenCodeHome.prepare(settings.folder().resolve("opencode-home"), model), data.path())) {
            console.println("Scripted model at " + model.baseUrl() + "; " + servers.openCodeDescription()
                    + "; Loopwright at " + servers.loopwright());
            HttpDriver driver = new HttpDriver(servers.loopwright(), console, checkout);
            driver.createAndStart(repo);
            driver.driveToCompletion(settings.patience());
            JsonNode ticket = driver.ticket();
            console.println(DemoScenario.TICKET + " is " + ticket.get("status").asText() + ".");
            return verify(settings, repo, data, checkout, before, ticket);
        }
    }

    private static Result verify(Settings settings, Path repo, DataDirectory data, CheckoutWatch checkout,
            SampleTests.Outcome before, JsonNode ticket) throws IOException, InterruptedException {
        PrintStream console = settings.console();
        String merged = SampleRepository.head(repo).name();
        Path fresh = SampleRepository.cloneBase(repo, settings.folder().resolve("verify"));
        SampleTests.Outcome after = SampleTests.run(fresh);
        console.println("The tests on the merged " + DemoScenario.BASE_BRANCH + " (fresh clone " + fresh + "): "
                + (after.passed() ? "pass" : "FAIL") + "\n" + indent(after.output()));
        console.println("Your checkout stayed untouched until the merge (the ticket worked in its own worktree): "
                + (checkout.untouchedBeforeMerge() ? "yes" : "NO"));
        console.println("Where to look:");
        console.println("  repository  " + repo + "  (git log " + DemoScenario.BASE_BRANCH + ")");
        console.println("  branch      " + DemoScenario.BASE_BRANCH + " at " + merged.substring(0, 12)
                + " (was " + checkout.startCommit().name().substring(0, 12) + ")");
        console.println("  data dir    " + data.path() + "  (loopwright.db, logs/)");
        console.println("  the ticket  ./loopwright --data-dir " + data.path() + " ticket show "
                + DemoScenario.TICKET);
        return new Result(repo, data.path(), checkout.startCommit().name(), merged, before, after, ticket,
                checkout.untouchedBeforeMerge());
    }

    private static String indent(String text) {
        return text.strip().indent(4).stripTrailing();
    }
}
