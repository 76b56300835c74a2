package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.profile.GitHookPolicy;
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
 * A ticket seeded at PRE_FLIGHT_CHECK with an approved bead plan, over HTTP with a real OpenCode, a scripted model,
 * a real git working copy and SQLite: pre-flight first fails on two problems at once, and after both are fixed and
 * the ticket retried it passes, the main implementer drafts the execution setup plan, and its approval moves the
 * ticket to PREPARING_EXECUTION_ENV, where the plan (ready, nothing to run) is checked without a model call and the
 * ticket moves on to CODING.
 */
class ExecutionSetupEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final String PLAN_PROMPT = "write the execution setup plan for it";
    private static final String PROBE = "reply with OK and nothing else";
    private static final String PLAN = "<EXECUTION_SETUP_PLAN>\n{\"summary\": \"Nothing to install: plain Java\","
            + " \"readiness\": {\"status\": \"ready\", \"actions_required\": false, \"evidence\":"
            + " [\"src/Basket.java has no dependencies\"], \"gaps\": []}, \"steps\": [],"
            + " \"project_commands\": {\"test_full\": [\"javac -d /tmp/out src/Basket.java\"]}}\n"
            + "</EXECUTION_SETUP_PLAN>";
    private static final ModelId ECHO = new ModelId("scripted/echo");

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final TicketFeed feed = new TicketFeed(PATIENT);

    @Test
    void preflightListsBothFailuresThenPassesAfterTheFixAndTheApprovedSetupPlanMovesTheTicketOn() throws Exception {
        Script script = Script.builder().models("echo", "critic")
                .on(When.lastUserContains(PLAN_PROMPT), Response.reply(PLAN))
                .on(When.lastUserContains(PROBE), Response.reply("OK")).build();
        Path repo = repositoryWithOneCommit();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        Path workingCopy = new JGitWorkspace().prepareTicketWorkspace(repo, "SHOP-1").workingCopy();
        // Two problems: a stray file in the working copy, and a bead plan stored but never approved.
        Files.writeString(workingCopy.resolve("stray.txt"), "left behind\n");
        String beads = ApprovedBeadsFixture.jsonl(ApprovedBeadsFixture.bead("SHOP-1", "B1", 1),
                ApprovedBeadsFixture.bead("SHOP-1", "B2", 2, "B1"));
        Ticket ticket = seedAtPreflight(data, repo, beads);

        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model))) {
            // OpenCode loads its providers on the first ask; the restarted server's pre-flight should not be it.
            try {
                openCode.runtime().catalog();
            } catch (RuntimeException slow) {
                // Asked is what counts: the providers are loading now.
            }
            try (LoopwrightServer server = feed.start(data, openCode)) {
                TicketNotification.ErrorRaised blocked = feed.awaitBlocked();
                assertThat(blocked.phase()).isEqualTo(TicketStatus.PRE_FLIGHT_CHECK);
                assertThat(blocked.codes()).containsExactly("PREFLIGHT_FAILED");
                assertThat(blocked.message()).startsWith("Pre-flight found 2 problem(s):")
                        .contains("Worktree Cleanliness: 1 uncommitted change(s) in the working copy: stray.txt",
                                "Beads Approval: the bead plan has no approval receipt");
                JsonNode report = JSON.readTree(contentOf(get(server, "/api/tickets/SHOP-1/artifacts"),
                        "preflight_report"));
                assertThat(report.get("criticalFailures")).hasSize(2);

                Files.delete(workingCopy.resolve("stray.txt"));
                ApprovedBeadsFixture.approve(server.store().attempts(), server.store().artifacts(), ticket.id(), beads,
                        Instant.now());
                assertThat(post(server, "/api/tickets/SHOP-1/retry", "").get("status").asText())
                        .isEqualTo("PRE_FLIGHT_CHECK");
                feed.awaitStatus(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL);
                feed.awaitArtifact("execution_setup_plan");

                JsonNode plan = JSON.readTree(get(server, "/api/tickets/SHOP-1/execution-setup-plan"));
                assertThat(plan.get("exists").asBoolean()).isTrue();
                assertThat(plan.get("plan").get("readiness").get("status").asText()).isEqualTo("ready");
                assertThat(plan.get("plan").get("project_commands").get("test_full").get(0).asText())
                        .isEqualTo("javac -d /tmp/out src/Basket.java");
                assertThat(plan.get("plan").get("git_hooks").get("policy").asText()).isEqualTo("validate_explicitly");
                HttpResponse<String> stale = send(server, "/api/tickets/SHOP-1/approve-execution-setup-plan",
                        "{\"expectedContentSha256\":\"" + "0".repeat(64) + "\"}");
                assertThat(stale.statusCode()).isEqualTo(409);
                JsonNode approved = post(server, "/api/tickets/SHOP-1/approve-execution-setup-plan",
                        "{\"expectedContentSha256\":\"" + plan.get("contentSha256").asText() + "\"}");
                // Preparing a ready plan takes no model call, so the ticket may already have moved on.
                assertThat(approved.get("status").asText()).isIn("PREPARING_EXECUTION_ENV", "CODING");
                feed.awaitStatus(TicketStatus.CODING);
                assertThat(contentOf(get(server, "/api/tickets/SHOP-1/artifacts"), "execution_setup_profile"))
                        .contains("javac -d /tmp/out src/Basket.java");
                assertThat(model.requests().stream().filter(r -> !r.isSideRequest()
                        && r.lastUserText().contains(PLAN_PROMPT))).hasSize(1);
                assertThat(model.requests().stream().filter(r -> !r.isSideRequest()
                        && r.lastUserText().contains(PROBE))).as("one probe per pre-flight run").hasSize(2);
            }
        }
    }

    /** The project, and its ticket as the beads phase leaves it approved, stored before the server starts. */
    private Ticket seedAtPreflight(DataDirectory data, Path repo, String beads) throws Exception {
        Files.createDirectories(data.path());
        SqliteStore store = SqliteStore.open(data.databaseFile(), Clock.systemUTC());
        Instant now = Instant.now();
        Project project = store.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, now));
        Ticket created = store.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Save the basket between visits", "Keep it for a week.", null), now));
        LockedSettings locked = new LockedSettings(ECHO, Optional.empty(), List.of(ECHO,
                new ModelId("scripted/critic")), Map.of(), 50, 20, 2, 5, 5, 1, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        store.tickets().update(created.withWorkflow(new WorkflowState(TicketStatus.PRE_FLIGHT_CHECK,
                Optional.of(TicketStatus.WAITING_BEADS_APPROVAL), Optional.of(locked), Optional.empty(),
                Optional.empty(), BeadProgress.NONE, 20), now));
        store.attempts().save(PhaseAttempt.first(created.id(), TicketStatus.PRE_FLIGHT_CHECK, now));
        ApprovedBeadsFixture.store(store.attempts(), store.artifacts(), created.id(), beads, now);
        return created;
    }

    private Path repositoryWithOneCommit() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop"));
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/Basket.java"), "class Basket {}\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A basket").setAuthor("Test", "test@example.com")
                    .setCommitter("Test", "test@example.com").setSign(false).call();
        }
        return repo.toRealPath();
    }

    private JsonNode post(LoopwrightServer server, String path, String body) throws Exception {
        HttpResponse<String> response = send(server, path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(LoopwrightServer server, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        request.header("Content-Type", "application/json").POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
