package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.domain.profile.ModelId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The project, profile and ticket commands, run in this process against a real data directory. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private Path data;
    private Map<String, String> environment;
    private String out;
    private String err;

    @BeforeEach
    void environment() throws IOException {
        data = temp.resolve("data");
        environment = Map.of("LOOPWRIGHT_DATA_DIR", data.toString(), "LOOPWRIGHT_OPENCODE_URL",
                LocalFixtures.nothingListening().toString());
    }

    @Test
    void projectsAndTicketsAreCreatedListedShownAndRemovedWithTextOrJson() throws Exception {
        Path repo = LocalFixtures.shopRepository(temp);

        assertThat(run("project", "add", "Shop", "--shortname", "SHOP", "--path", repo.toString())).isZero();
        assertThat(out).contains("SHOP attached");
        assertThat(run("project", "list", "--json")).isZero();
        assertThat(JSON.readTree(out)).extracting(p -> p.get("shortname").asText()).containsExactly("SHOP");
        assertThat(run("project", "show", "1")).isZero();
        assertThat(out).contains("shortname: SHOP");

        assertThat(run("ticket", "create", "--project", "1", "--title", "Save the basket")).isZero();
        assertThat(out).contains("SHOP-1 created", "DRAFT", "Save the basket");
        assertThat(run("ticket", "list")).isZero();
        assertThat(out).contains("SHOP-1", "DRAFT");
        assertThat(run("ticket", "show", "SHOP-1", "--json")).isZero();
        JsonNode ticket = JSON.readTree(out);
        assertThat(ticket.get("status").asText()).isEqualTo("DRAFT");

        assertThat(run("ticket", "cancel", "SHOP-1")).isZero();
        assertThat(out).contains("SHOP-1 cancelled", "CANCELED");
        assertThat(run("ticket", "delete", "SHOP-1")).isZero();
        assertThat(run("ticket", "list", "--json")).isZero();
        assertThat(JSON.readTree(out)).isEmpty();
        assertThat(run("project", "remove", "1")).isZero();
        assertThat(run("project", "list")).isZero();
        assertThat(out).contains("No projects yet");
    }

    @Test
    void unknownTicketsAndRefusedRequestsFailWithTheServersReasonAndExitOne() throws Exception {
        assertThat(run("ticket", "show", "SHOP-9")).isEqualTo(1);
        assertThat(err).contains("loopwright: ").containsIgnoringCase("not found");

        assertThat(run("profile", "show")).isZero();
        assertThat(out).contains("No profile yet");
        assertThat(run("profile", "set", "mainImplementer=openai/gpt-5", "maxIterations=3")).as(err).isZero();
        assertThat(out).contains("mainImplementer: openai/gpt-5", "maxIterations: 3");
        assertThat(run("profile", "set", "maxIterations=99")).isEqualTo(1);
        assertThat(err).startsWith("loopwright: ");
        assertThat(run("profile", "show", "--json")).isZero();
        assertThat(out).contains("\"maxIterations\" : 3");
    }

    @Test
    void badArgumentsAreUsageErrorsWithExitTwo() throws Exception {
        assertThat(run("ticket")).isEqualTo(2);
        assertThat(err).contains("Missing command", "create", "start");
        assertThat(run("ticket", "show")).isEqualTo(2);
        assertThat(run("project", "show", "one")).isEqualTo(2);
        assertThat(run("ticket", "frobnicate")).isEqualTo(2);
        assertThat(run("interview", "SHOP-1", "--answers", temp.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err).contains("--answers", "missing.json", "cannot read it");
        assertThat(run("interview", "SHOP-1", "--answers", Files.writeString(temp.resolve("list.json"), "[1, 2]")
                .toString())).isEqualTo(2);
        assertThat(err).contains("must hold a JSON object");
        assertThat(run("ticket", "--help")).isZero();
        assertThat(out).contains("Exit status", "Examples");
    }

    @Test
    void aServerAlreadyRunningOnTheDataDirectoryIsTheOneTheCommandsTalkTo() throws Exception {
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(data, DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT,
                OpenCodeConnection.at(LocalFixtures.nothingListening(), Map.of()).runtime())) {
            assertThat(run("project", "add", "Shop", "--shortname", "SHOP", "--path", LocalFixtures.shopRepository(temp).toString()))
                    .as(err).isZero();

            HttpResponse<String> projects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/projects")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(projects.body()).contains("\"shortname\":\"SHOP\"");
        }
    }

    @Test
    void aTicketThatEndsBlockedExitsThreeAndTheReviewCommandsRefuseAWrongStatusClearly() throws Exception {
        Path repo = LocalFixtures.shopRepository(temp);
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(data, DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT,
                new FixedCatalogModelRuntime(List.of(new ModelId("openai/gpt-5"), new ModelId("anthropic/claude"))))) {
            assertThat(run("profile", "set", "mainImplementer=openai/gpt-5", "councilMembers=[\"anthropic/claude\"]"))
                    .as(err).isZero();
            assertThat(run("project", "add", "Shop", "--shortname", "SHOP", "--path", repo.toString())).isZero();
            assertThat(run("ticket", "create", "--project", "1", "--title", "Save the basket")).isZero();

            for (String[] refused : new String[][] {{"approve", "SHOP-1", "--yes"}, {"merge", "SHOP-1"},
                    {"close", "SHOP-1"}, {"ticket", "retry", "SHOP-1"}, {"ticket", "continue", "SHOP-1"}}) {
                assertThat(run(refused)).as(String.join(" ", refused)).isEqualTo(1);
                assertThat(err).as(String.join(" ", refused)).startsWith("loopwright: ").doesNotContain("Exception");
            }
            assertThat(run("watch", "SHOP-1", "--json")).as("a draft waits for a person: nothing to follow").isZero();
            assertThat(JSON.readTree(out.lines().findFirst().orElseThrow()).get("event").asText()).isEqualTo("ticket");

            // Its working copy cannot be made (the folder is no repository any more): starting blocks it.
            deleteRecursively(repo.resolve(".git"));
            assertThat(run("ticket", "start", "SHOP-1")).isEqualTo(3);
            assertThat(out).contains("BLOCKED_ERROR");
            assertThat(run("ticket", "show", "SHOP-1", "--json")).isEqualTo(3);
            assertThat(JSON.readTree(out).get("status").asText()).isEqualTo("BLOCKED_ERROR");
        }
    }

    @Test
    void theCompletionScriptIsGenerated() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out).contains("loopwright", "complete");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private int run(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine commandLine = Main.commandLine(environment, temp);
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(errors, true));
        int exit = commandLine.execute(args);
        out = output.toString();
        err = errors.toString();
        return exit;
    }
}
