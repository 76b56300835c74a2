package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.opencode.scripted.ChatRequest;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.setup.SetupPlanJson;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.BeadProgress;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspace preparation over HTTP with a real OpenCode, a scripted model whose bash tool calls OpenCode really runs,
 * real git and SQLite: after the setup plan is approved the agent runs the approved step in the ticket's working
 * copy and Loopwright's own probe run decides. A probe that keeps failing blocks the ticket with the command's exit
 * and output; a retry note then continues the same OpenCode session, which fixes it.
 */
class WorkspacePreparationEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final ModelId ECHO = new ModelId("scripted/echo");
    /** From our setup prompt's task: how the scripted model recognises the setup prompt. */
    private static final String SETUP_PROMPT = "Prepare the working copy at";
    private static final String WARM = "mkdir -p .cache/shop && echo warmed > .cache/shop/ready.txt";
    private static final String DONE = "Cache warmed.\n<EXECUTION_SETUP_RESULT>{\"status\": \"ready\", \"summary\":"
            + " \"The cache is warm\", \"steps\": [{\"id\": \"warm-cache\", \"status\": \"done\"}]}"
            + "</EXECUTION_SETUP_RESULT>";
    private static final String NOTE = "NOTE_FIX: the probe needs .cache/shop/extra.txt as well, create it";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final TicketFeed feed = new TicketFeed(PATIENT);

    @Test
    void theApprovedStepRunsInTheWorkingCopyAndTheVerifiedTicketMovesOnToCoding() throws Exception {
        Path repo = repository();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        Path workingCopy = new JGitWorkspace().prepareTicketWorkspace(repo, "SHOP-1").workingCopy();
        seedAtTheGate(data, repo, plan("test -f .cache/shop/ready.txt"), 2);

        try (ScriptedModelServer model = ScriptedModelServer.start(setupScript());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = feed.start(data, openCode)) {
            approve(server);
            feed.awaitStatus(TicketStatus.CODING);

            assertThat(workingCopy.resolve(".cache/shop/ready.txt")).as("the agent's bash call ran in the working copy")
                    .hasContent("warmed");
            assertThat(model.requests()).anySatisfy(request -> assertThat(request.toolResults()).isNotEmpty());
            JsonNode profile = JSON.readTree(contentOf(get(server, "/api/tickets/SHOP-1/artifacts"),
                    "execution_setup_profile"));
            assertThat(profile.path("status").asText()).isEqualTo("ready");
            assertThat(profile.path("project_commands").path("test_full").get(0).asText()).isEqualTo("javac -d"
                    + " .cache/classes src/Basket.java");
            assertThat(profile.path("workspace_probe_receipts").get(0).path("status").asText()).isEqualTo("passed");
        }
    }

    @Test
    void aProbeThatKeepsFailingBlocksWithItsOutputAndARetryNoteContinuesTheSameSession() throws Exception {
        Path repo = repository();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        Path workingCopy = new JGitWorkspace().prepareTicketWorkspace(repo, "SHOP-1").workingCopy();
        seedAtTheGate(data, repo, plan("test -f .cache/shop/extra.txt || { echo 'extra marker missing'; exit 3; }"),
                2);

        try (ScriptedModelServer model = ScriptedModelServer.start(setupScript());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = feed.start(data, openCode)) {
            approve(server);
            TicketNotification.ErrorRaised blocked = feed.awaitBlocked();

            assertThat(blocked.phase()).isEqualTo(TicketStatus.PREPARING_EXECUTION_ENV);
            assertThat(blocked.codes()).containsExactly("EXECUTION_SETUP_FAILED",
                    "EXECUTION_SETUP_VERIFICATION_FAILED");
            assertThat(blocked.message()).startsWith("Workspace preparation failed after 2 attempt(s): Workspace"
                    + " probe probe-marker failed: `test -f .cache/shop/extra.txt").contains("exit 3",
                    "extra marker missing");
            assertThat(JSON.readTree(get(server, "/api/tickets/SHOP-1")).get("status").asText())
                    .isEqualTo("BLOCKED_ERROR");
            assertThat(setupPrompts(model)).as("one fresh session per attempt").hasSize(2);

            HttpResponse<String> retried = send(server, "/api/tickets/SHOP-1/retry", JSON.createObjectNode()
                    .put("note", NOTE).toString());
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
            feed.awaitStatus(TicketStatus.CODING);

            assertThat(workingCopy.resolve(".cache/shop/extra.txt")).hasContent("fixed");
            ChatRequest noted = model.requests().stream().filter(request -> !request.isSideRequest()
                    && request.lastUserText().contains(NOTE)).findFirst().orElseThrow();
            assertThat(noted.allText()).as("the note went into the session that already held the setup prompt")
                    .contains(SETUP_PROMPT);
            assertThat(setupPrompts(model)).as("no fresh session for the note").hasSize(2);
        }
    }

    /**
     * The agent warms the cache with a real bash call, and fixes what the note asks with another. Whether the tool
     * already ran is told by the last message, since a continued session holds the earlier attempt's tool results.
     */
    private static Script setupScript() {
        When toolRan = When.lastMessageIsToolResult();
        return Script.builder().models("echo", "critic")
                .on(When.lastUserContains(NOTE).and(When.not(toolRan)), Response.toolCall("bash", bash(
                        "echo fixed > .cache/shop/extra.txt")))
                .on(When.lastUserContains(NOTE).and(toolRan), Response.reply(DONE))
                .on(When.lastUserContains(SETUP_PROMPT).and(When.not(toolRan)), Response.toolCall("bash", bash(WARM)))
                .on(When.lastUserContains(SETUP_PROMPT).and(toolRan), Response.reply(DONE))
                .build();
    }

    private static String bash(String command) {
        return JSON.createObjectNode().put("command", command).put("description", "setup step").toString();
    }

    private static List<ChatRequest> setupPrompts(ScriptedModelServer model) {
        return model.requests().stream().filter(request -> !request.isSideRequest()
                && request.lastUserText().contains(SETUP_PROMPT) && request.toolResults().isEmpty()).toList();
    }

    private static String plan(String probe) {
        return """
                {"summary": "Warm the build cache before coding",
                 "readiness": {"status": "partial", "actions_required": true, "evidence": ["no cache"],
                               "gaps": ["the cache is cold"]},
                 "temp_roots": [".ticket/runtime/execution-setup"],
                 "workspace_probes": [{"id": "probe-marker", "command": "%s", "purpose": "the cache is there"}],
                 "steps": [{"id": "warm-cache", "title": "Warm the cache", "purpose": "faster bead tests",
                            "commands": ["%s"], "required": true, "rationale": "the cache is ignored by git",
                            "cautions": []}],
                 "project_commands": {"test_full": ["javac -d .cache/classes src/Basket.java"]}}
                """.formatted(probe.replace("\"", "\\\""), WARM);
    }

    private void approve(LoopwrightServer server) throws Exception {
        JsonNode plan = JSON.readTree(get(server, "/api/tickets/SHOP-1/execution-setup-plan"));
        HttpResponse<String> approved = send(server, "/api/tickets/SHOP-1/approve-execution-setup-plan",
                "{\"expectedContentSha256\":\"" + plan.get("contentSha256").asText() + "\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    /** The ticket at the setup gate with its plan drafted (so nothing is drafted again), stored before the start. */
    private Ticket seedAtTheGate(DataDirectory data, Path repo, String plan, int maxIterations) throws Exception {
        Files.createDirectories(data.path());
        SqliteStore store = SqliteStore.open(data.databaseFile(), Clock.systemUTC());
        Instant now = Instant.now();
        Project project = store.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), new ProjectOverrides(Optional.empty(), Optional.empty(),
                        Optional.empty(), Map.of(IntSetting.MAX_ITERATIONS, maxIterations)), now));
        Ticket created = store.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Save the basket between visits", "Keep it for a week.", null), now));
        LockedSettings locked = new LockedSettings(ECHO, Optional.empty(), List.of(ECHO,
                new ModelId("scripted/critic")), Map.of(), 50, 20, 2, 5, 5, 1, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        store.tickets().update(created.withWorkflow(new WorkflowState(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL,
                Optional.of(TicketStatus.PRE_FLIGHT_CHECK), Optional.of(locked), Optional.empty(), Optional.empty(),
                BeadProgress.NONE, 20), now));
        store.attempts().save(PhaseAttempt.first(created.id(), TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL, now));
        String canonical = SetupPlanJson.write(SetupPlanJson.read(plan, SetupPlanJson.Mode.MODEL, created.externalId(),
                GitHookPolicy.VALIDATE_EXPLICITLY).plan());
        store.artifacts().append(new NewArtifact(created.id(), TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL, 1,
                "execution_setup_plan", canonical, now));
        return created;
    }

    private Path repository() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop"));
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/Basket.java"), "class Basket {}\n");
        Files.writeString(repo.resolve(".gitignore"), ".cache/\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A basket").setAuthor("Test", "test@example.com")
                    .setCommitter("Test", "test@example.com").setSign(false).call();
        }
        return repo.toRealPath();
    }

    private HttpResponse<String> send(LoopwrightServer server, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(LoopwrightServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String contentOf(String artifacts, String type) throws Exception {
        for (JsonNode artifact : JSON.readTree(artifacts)) {
            if (artifact.get("artifactType").asText().equals(type)) {
                return artifact.get("content").asText();
            }
        }
        throw new AssertionError("no " + type + " artifact");
    }
}
