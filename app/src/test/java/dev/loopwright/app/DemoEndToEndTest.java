package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.app.demo.DemoScenario;
import dev.loopwright.app.demo.OpenCodeBinary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The HTTP front door, end to end: {@code loopwright demo} itself, run in this process with its output captured. It
 * drives the sample ticket over the HTTP API of an in-process server, with a real {@code opencode serve} (the build's
 * pinned binary, found through {@code LOOPWRIGHT_OPENCODE_BINARY}), the scripted model, real git and SQLite, from
 * DRAFT to COMPLETED and the merge; afterwards the stored ticket is read back over HTTP.
 */
class DemoEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theDemoTakesTheSampleTicketFromDraftToAMergedChangeOverHttp() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine demo = Main.commandLine(Map.of(OpenCodeBinary.VARIABLE, RealBinary.path().toString()),
                temp.resolve("home"));
        demo.setOut(new PrintWriter(out, true));
        demo.setErr(new PrintWriter(err, true));
        Path folder = temp.resolve("demo");

        long started = System.nanoTime();
        int exit = demo.execute("demo", "--dir", folder.toString(), "--timeout", "6");
        System.out.println(out);
        System.out.printf("demo run took %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("SCRIPTED", "one fails", "BasketTest FAILED", "approved the interview",
                "approved the PRD", "approved the bead plan", "approved the execution setup plan",
                "bead " + DemoScenario.FLAKY_BEAD + " done", "merged into main", "COMPLETED", "Demo complete.");
        Matcher start = Pattern.compile("\\(was ([0-9a-f]{12})\\)").matcher(out.toString());
        assertThat(start.find()).isTrue();
        Path repo = folder.resolve("shop").toRealPath();
        ObjectId startCommit;
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
            startCommit = git.getRepository().resolve(start.group(1));
        }
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(folder.resolve("data"), DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                StreamSettings.DEFAULT, OpenCodeConnection.at(URI.create("http://127.0.0.1:9"), Map.of()).runtime())) {
            HttpResponse<String> ticket = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/tickets/" + DemoScenario.TICKET)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode view = JSON.readTree(ticket.body());
            LifecycleAssertions.assertDelivered(repo, startCommit, view,
                    out.toString().contains("untouched until the merge (the ticket worked in its own worktree): yes"),
                    temp.resolve("check"));
        }
    }
}
