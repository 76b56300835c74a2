package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.opencode.ManagedOpenCode;
import dev.loopwright.adapter.out.opencode.scripted.ChatRequest;
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
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CODING end to end: a real {@code opencode serve} whose scripted model really writes files with OpenCode's write
 * tool, a real git working copy, our own run of each bead's shell test commands, and SQLite. A ticket seeded at CODING
 * with an approved three-bead plan ends in RUNNING_FINAL_TEST with one commit per bead, one bead having failed its
 * first iteration (its test command failed, so it was reset and redone in a fresh session). And a server killed
 * between a bead's success checkpoint and its commit commits that bead after the restart without a model call. Six
 * beads in two independent chains, three at a time, end with the same tree as one at a time.
 */
class CodingEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final ModelId ECHO = new ModelId("scripted/echo");
    private static final String EARLIER_FAILURES = "Why earlier iterations failed";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final TicketFeed feed = new TicketFeed(PATIENT);

    @Test
    void threeBeadsAreCodedCommittedOneByOneAndAFailedIterationIsRedoneFromItsStartCommit() throws Exception {
        Script.Builder script = Script.builder().models("echo", "critic");
        // B2's first iteration writes the wrong output; our run of its test command fails, and so does the repair.
        script.on(agent("B2").and(request -> !request.lastUserText().contains(EARLIER_FAILURES))
                .and(When.not(When.lastMessageIsToolResult())), write("bye.sh", "echo bye-bye\n"));
        script.on(agentText("reported bead B2 as done"), Response.reply(marker("B2")));
        implementing(script, "B1", "greet.sh", "echo hello\n");
        implementing(script, "B2", "bye.sh", "echo bye\n");
        implementing(script, "B3", "count.sh", "echo 3\n");
        Path repo = repositoryWithOneCommit();
        ObjectId userHead = head(repo, "main");
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        seedAtCoding(data, repo, ApprovedBeadsFixture.jsonl(bead("B1", 1, "greet.sh", "sh greet.sh | grep -qx hello"),
                bead("B2", 2, "bye.sh", "sh bye.sh | grep -qx bye", "B1"),
                bead("B3", 3, "count.sh", "sh count.sh | grep -qx 3", "B2")));

        try (ScriptedModelServer model = ScriptedModelServer.start(script.build());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = feed.start(data, openCode)) {
            feed.awaitStatus(TicketStatus.RUNNING_FINAL_TEST);

            assertThat(messagesSinceBase(repo, "SHOP-1")).containsExactly("bead(B1): Bead B1", "bead(B2): Bead B2",
                    "bead(B3): Bead B3");
            try (Git git = Git.open(repo.toFile())) {
                assertThat(fileAt(git, "SHOP-1", "bye.sh")).isEqualTo("echo bye\n");
                assertThat(fileAt(git, "SHOP-1", "count.sh")).isEqualTo("echo 3\n");
                assertThat(git.status().call().isClean()).as("the user's checkout is untouched").isTrue();
            }
            assertThat(head(repo, "main")).isEqualTo(userHead);
            assertThat(repo.resolve("greet.sh")).doesNotExist();

            JsonNode runtime = JSON.readTree(get(server, "/api/tickets/SHOP-1")).get("runtime");
            assertThat(runtime.get("completedBeads").asInt()).isEqualTo(3);
            JsonNode b2 = runtime.get("beads").get(1);
            assertThat(b2.get("iteration").asInt()).isEqualTo(2);
            assertThat(b2.get("failedIterationNotes").get(0).get("content").asText()).contains("sh bye.sh");
            JsonNode diff = JSON.readTree(get(server, "/api/tickets/SHOP-1/beads/B2/diff"));
            assertThat(diff.get("captured").asBoolean()).isTrue();
            assertThat(diff.get("diff").asText()).contains("bye.sh", "+echo bye").doesNotContain("greet.sh");
            assertThat(agentRequests(model, EARLIER_FAILURES)).as("iteration 2 of B2 only").isPositive();
        }
    }

    @Test
    void aServerKilledBetweenABeadsCheckpointAndItsCommitCommitsItAfterTheRestartWithoutAModelCall()
            throws Exception {
        Script.Builder script = Script.builder().models("echo", "critic");
        implementing(script, "B1", "greet.sh", "echo hello\n");
        implementing(script, "B2", "bye.sh", "echo bye\n");
        Path repo = repositoryWithOneCommit();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        seedAtCoding(data, repo, ApprovedBeadsFixture.jsonl(bead("B1", 1, "greet.sh", "sh greet.sh | grep -qx hello"),
                bead("B2", 2, "bye.sh", "sh bye.sh | grep -qx bye", "B1")));

        try (ScriptedModelServer model = ScriptedModelServer.start(script.build());
                ManagedOpenCode openCode = ManagedOpenCode.start(new ManagedOpenCode.Launch(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model), Duration.ofSeconds(60)))) {
            ChildServer first = ChildServer.start(data.path(), openCode.baseUri(),
                    List.of("-D" + CrashTestHook.PROPERTY + "=B1"));
            assertThat(first.awaitOutput(CrashTestHook.PAUSED + "B1", PATIENT)).isTrue();
            long b1Requests = agentRequests(model, "Implement bead B1 in");

            first.kill();

            BeadExecutionState killed = SqliteStore.open(data.databaseFile(), Clock.systemUTC()).beadExecutions()
                    .find(ticketId(data)).orElseThrow();
            assertThat(killed.bead("B1").status()).isEqualTo(BeadStatus.IN_PROGRESS);
            assertThat(killed.checkpoint("B1")).isPresent();
            assertThat(messagesSinceBase(repo, "SHOP-1")).isEmpty();
            try (ChildServer second = ChildServer.start(data.path(), openCode.baseUri())) {
                // Delivery runs on to the review, where it waits: a status to wait for that cannot be missed. The
                // bead commits are what the branch held before integration squashed them.
                JsonNode ticket = awaitStoredStatus(second, "WAITING_PR_REVIEW");
                assertThat(agentRequests(model, "Implement bead B1 in")).as("B1 was not asked again")
                        .isEqualTo(b1Requests);
                assertThat(messagesSinceBase(repo, ticket.get("runtime").get("preSquashHead").asText()))
                        .containsExactly("bead(B1): Bead B1", "bead(B2): Bead B2");
                try (Git git = Git.open(repo.toFile())) {
                    assertThat(fileAt(git, "SHOP-1", "greet.sh")).isEqualTo("echo hello\n");
                }
            }
        }
    }

    @Test
    void sixBeadsInTwoChainsThreeAtATimeEndWithTheTreeOneAtATimeGives() throws Exception {
        Script.Builder script = Script.builder().models("echo", "critic");
        List<String> plan = new ArrayList<>();
        for (String chain : List.of("A", "B")) {
            for (int link = 1; link <= 3; link++) {
                String id = chain + link;
                String file = id.toLowerCase() + ".sh";
                implementing(script, id, file, "echo " + id + "\n");
                plan.add(bead(id, plan.size() + 1, file, "sh " + file + " | grep -qx " + id,
                        link == 1 ? new String[0] : new String[] {chain + (link - 1)}));
            }
        }
        String beads = ApprovedBeadsFixture.jsonl(plan.toArray(String[]::new));
        Map<Integer, ObjectId> trees = new java.util.TreeMap<>();
        try (ScriptedModelServer model = ScriptedModelServer.start(script.build());
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model))) {
            for (int width : List.of(1, 3)) {
                Path repo = repositoryWithOneCommit("shop-" + width);
                DataDirectory data = new DataDirectory(temp.resolve("data-" + width), DataDirectory.Source.FLAG);
                seedAtCoding(data, repo, beads, width);
                feed.clear();
                try (LoopwrightServer server = feed.start(data, openCode)) {
                    feed.awaitStatus(TicketStatus.RUNNING_FINAL_TEST);
                }
                assertThat(messagesSinceBase(repo, "SHOP-1")).hasSize(6);
                trees.put(width, treeOf(repo, "SHOP-1"));
                BeadExecutionState state = SqliteStore.open(data.databaseFile(), Clock.systemUTC()).beadExecutions()
                        .find(ticketId(data)).orElseThrow();
                boolean forkedTogether = state.bead("A1").beadStartCommit().equals(state.bead("B1").beadStartCommit());
                assertThat(forkedTogether).as("A1 and B1 ran side by side with width " + width).isEqualTo(width > 1);
            }
        }
        assertThat(trees.get(3)).isEqualTo(trees.get(1));
    }

    /** The agent's two turns for a bead: write its file with OpenCode's write tool, then report done. */
    private static void implementing(Script.Builder script, String beadId, String file, String content) {
        script.on(agent(beadId).and(When.not(When.lastMessageIsToolResult())), write(file, content));
        script.on(agent(beadId).and(When.lastMessageIsToolResult()), Response.reply("Done.\n" + marker(beadId)));
    }

    private static When agent(String beadId) {
        return agentText("Implement bead " + beadId + " in");
    }

    private static When agentText(String text) {
        return (ChatRequest request) -> !request.isSideRequest() && request.lastUserText().contains(text);
    }

    private static Response write(String file, String content) {
        return Response.toolCall("write", JSON.createObjectNode().put("filePath", file).put("content", content)
                .toString());
    }

    private static String marker(String beadId) {
        return "<BEAD_STATUS>{\"bead_id\": \"" + beadId + "\", \"status\": \"done\", \"checks\": {\"tests\": \"pass\"}}"
                + "</BEAD_STATUS>";
    }

    private static String bead(String id, int priority, String file, String testCommand, String... blockedBy)
            throws Exception {
        ObjectNode bead = (ObjectNode) JSON.readTree(ApprovedBeadsFixture.bead("SHOP-1", id, priority, blockedBy));
        bead.putArray("testCommands").add(testCommand);
        bead.putArray("targetFiles").add(file);
        return bead.toString();
    }

    private static long agentRequests(ScriptedModelServer model, String marker) {
        return model.requests().stream().filter(r -> !r.isSideRequest() && r.lastUserText().contains(marker)).count();
    }

    /** The ticket as execution setup leaves it: at CODING, its plan approved and its working copy prepared. */
    private static void seedAtCoding(DataDirectory data, Path repo, String beads) throws Exception {
        seedAtCoding(data, repo, beads, 1);
    }

    private static void seedAtCoding(DataDirectory data, Path repo, String beads, int maxParallelBeads)
            throws Exception {
        Files.createDirectories(data.path());
        new JGitWorkspace().prepareTicketWorkspace(repo, "SHOP-1");
        SqliteStore store = SqliteStore.open(data.databaseFile(), Clock.systemUTC());
        Instant now = Instant.now();
        Project project = store.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), new ProjectOverrides(Optional.empty(), Optional.empty(),
                        Optional.empty(), Map.of(IntSetting.MAX_PARALLEL_BEADS, maxParallelBeads)), now));
        Ticket created = store.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Say hello and goodbye", "Three small scripts.", null), now));
        LockedSettings locked = new LockedSettings(ECHO, Optional.empty(), List.of(ECHO,
                new ModelId("scripted/critic")), Map.of(), 50, 20, 2, 5, 5, 1, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        store.tickets().update(created.withWorkflow(new WorkflowState(TicketStatus.CODING,
                Optional.of(TicketStatus.PREPARING_EXECUTION_ENV), Optional.of(locked), Optional.empty(),
                Optional.empty(), BeadProgress.NONE, 30), now));
        ApprovedBeadsFixture.seed(store.attempts(), store.artifacts(), created.id(), beads, now);
    }

    private static dev.loopwright.domain.ticket.TicketId ticketId(DataDirectory data) {
        return SqliteStore.open(data.databaseFile(), Clock.systemUTC()).tickets()
                .findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow().id();
    }

    /** Polls the child server until the ticket is at {@code wanted}, and returns the ticket as it then is. */
    private JsonNode awaitStoredStatus(ChildServer server, String wanted) throws Exception {
        long end = System.nanoTime() + PATIENT.toNanos();
        String status = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.address()
                    .resolve("/api/tickets/SHOP-1")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode ticket = JSON.readTree(response.body());
            status = ticket.get("status").asText();
            assertThat(status).as("the ticket was blocked: " + ticket.path("errorMessage"))
                    .isNotEqualTo("BLOCKED_ERROR");
            if (status.equals(wanted)) {
                return ticket;
            }
            // Polling a separate process: nothing to wait on instead. Once a second stays well inside the
            // server's read budget (200 a minute) however slow the machine is.
            TimeUnit.SECONDS.sleep(1);
        }
        throw new AssertionError("the ticket did not reach " + wanted + " in time; it is " + status);
    }

    private String get(LoopwrightServer server, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private Path repositoryWithOneCommit() throws Exception {
        return repositoryWithOneCommit("shop");
    }

    private Path repositoryWithOneCommit(String name) throws Exception {
        Path repo = Files.createDirectories(temp.resolve(name));
        Files.writeString(repo.resolve("README.md"), "Small shell scripts.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A readme").setAuthor("Test", "test@example.com")
                    .setCommitter("Test", "test@example.com").setSign(false).call();
        }
        return repo.toRealPath();
    }

    private static ObjectId treeOf(Path repo, String branch) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().parseCommit(git.getRepository().resolve("refs/heads/" + branch)).getTree()
                    .getId();
        }
    }

    private static ObjectId head(Path repo, String branch) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("refs/heads/" + branch);
        }
    }

    /** The commit messages after the base branch up to {@code revision} (a branch or a commit), oldest first. */
    private static List<String> messagesSinceBase(Path repo, String revision) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            List<String> messages = new ArrayList<>();
            for (RevCommit commit : git.log().add(git.getRepository().resolve(revision))
                    .not(git.getRepository().resolve("refs/heads/main")).call()) {
                messages.add(0, commit.getShortMessage());
            }
            return messages;
        }
    }

    private static String fileAt(Git git, String branch, String path) throws Exception {
        try (var walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(), path,
                git.getRepository().parseCommit(git.getRepository().resolve("refs/heads/" + branch)).getTree())) {
            assertThat(walk).as(path + " on " + branch).isNotNull();
            return new String(git.getRepository().open(walk.getObjectId(0)).getBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
