package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.git.JGitWorkspace;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.approval.ContentHash;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ticket seeded at RUNNING_FINAL_TEST (coding is not wired yet) on a real ticket branch with two bead commits, a
 * real SQLite data directory and the real server: the final test runs the approved plan's command, integration
 * squashes the beads into one commit, the delivery stays local (no GitHub origin), and POST merge brings that one
 * commit onto main in the user's checkout, where the same plain command passes; the ticket ends COMPLETED. A
 * variant whose beads leave the test failing ends BLOCKED_ERROR with the test's output.
 */
class DeliveryEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(2);
    private static final String TEST = "javac -d out src/*.java && java -cp out BasketCheck";
    private static final String TITLE = "Save the basket between visits";
    private static final ModelId MODEL = new ModelId("scripted/echo");
    private static final ModelId CRITIC = new ModelId("scripted/critic");
    private static final String CHECK = "class BasketCheck {\n    public static void main(String[] args) {\n"
            + "        Basket basket = new Basket();\n        basket.add(\"apple\");\n        basket.add(\"pear\");\n"
            + "        if (basket.size() != 2) {\n            throw new AssertionError(\"expected 2 items, got \""
            + " + basket.size());\n        }\n        System.out.println(\"basket ok\");\n    }\n}\n";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<TicketNotification> notifications = new LinkedBlockingQueue<>();

    @Test
    void finalTestIntegrationLocalDeliveryAndMergeBringOneSquashedCommitOntoMain() throws Exception {
        Path repo = repository();
        RevCommit before = tip(repo, "main");
        TicketWorkspace workspace = beadCommits(repo, true);
        Path scratch = Files.createDirectories(workspace.workingCopy().resolve(".ticket/runtime/tmp"));
        Files.writeString(scratch.resolve("leftover"), "scratch");
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        seed(data, repo);

        try (LoopwrightServer server = start(data)) {
            awaitStatus(server, TicketStatus.WAITING_PR_REVIEW);

            JsonNode finalTest = artifact(server, "final_test_report");
            assertThat(finalTest.path("status").asText()).isEqualTo("passed");
            assertThat(finalTest.path("commands").get(0).path("command").asText()).isEqualTo(TEST);
            assertThat(finalTest.path("commands").get(0).path("outputTail").asText()).contains("basket ok");
            JsonNode integration = artifact(server, "integration_report");
            assertThat(integration.path("commitCount").asInt()).isEqualTo(2);
            assertThat(integration.path("mergeBase").asText()).isEqualTo(before.name());
            JsonNode delivery = artifact(server, "pull_request_report");
            assertThat(delivery.path("mode").asText()).isEqualTo("local");
            assertThat(delivery.path("candidateCommit").asText()).isEqualTo(integration.path("candidateCommit")
                    .asText());
            assertThat(delivery.path("diff").path("filesChanged").asInt()).isEqualTo(1);
            assertThat(delivery.path("diff").path("stat").asText()).contains("src/Basket.java");
            assertThat(tip(repo, "main")).as("nothing reaches main before the merge").isEqualTo(before);

            HttpResponse<String> merged = post(server, "/api/tickets/SHOP-1/merge");
            assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
            assertThat(JSON.readTree(merged.body()).path("status").asText()).isIn("CLEANING_ENV", "COMPLETED");
            awaitStatus(server, TicketStatus.COMPLETED);

            RevCommit after = tip(repo, "main");
            assertThat(after.getName()).isEqualTo(integration.path("candidateCommit").asText());
            assertThat(after.getParentCount()).isEqualTo(1);
            assertThat(after.getParent(0)).isEqualTo(before);
            assertThat(after.getFullMessage().strip()).isEqualTo("SHOP-1: " + TITLE);
            assertThat(run(repo, TEST)).contains("basket ok");
            assertThat(artifact(server, "merge_report").path("disposition").asText()).isEqualTo("merged");
            assertThat(artifact(server, "cleanup_report").path("status").asText()).isEqualTo("clean");
            assertThat(workspace.workingCopy().resolve(".ticket/runtime")).doesNotExist();
            assertThat(workspace.workingCopy().resolve("src/Basket.java")).as("the working copy is kept").exists();
        }
    }

    @Test
    void aFailingFinalTestBlocksTheTicketWithTheTestsOutputAndNothingIsSquashed() throws Exception {
        Path repo = repository();
        TicketWorkspace workspace = beadCommits(repo, false);
        RevCommit beadHead = tip(repo, "SHOP-1");
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        seed(data, repo);

        try (LoopwrightServer server = start(data)) {
            awaitStatus(server, TicketStatus.BLOCKED_ERROR);

            JsonNode ticket = JSON.readTree(get(server, "/api/tickets/SHOP-1"));
            assertThat(ticket.path("previousStatus").asText()).isEqualTo("RUNNING_FINAL_TEST");
            assertThat(ticket.path("errorCodes")).extracting(JsonNode::asText).containsExactly("FINAL_TEST_FAILED");
            assertThat(ticket.path("errorMessage").asText()).contains("Final test failed: `" + TEST + "` exit 1",
                    "expected 2 items, got 0");
            assertThat(artifact(server, "final_test_report").path("status").asText()).isEqualTo("failed");
            assertThat(tip(repo, "SHOP-1")).as("the final test commits nothing").isEqualTo(beadHead);
            assertThat(workspace.workingCopy()).exists();
        }
    }

    /** main: a basket that forgets its items, a check that fails on it, and {@code out/} ignored. */
    private Path repository() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop"));
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/Basket.java"), "class Basket {\n    void add(String item) {\n    }\n\n"
                + "    int size() {\n        return 0;\n    }\n}\n");
        Files.writeString(repo.resolve("src/BasketCheck.java"), CHECK);
        Files.writeString(repo.resolve(".gitignore"), "out/\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "A basket that forgets");
        }
        return repo.toRealPath();
    }

    /** Two bead commits on the ticket branch, as coding would leave them; {@code fixed} decides if they work. */
    private static TicketWorkspace beadCommits(Path repo, boolean fixed) throws Exception {
        JGitWorkspace git = new JGitWorkspace();
        TicketWorkspace workspace = git.prepareTicketWorkspace(repo, "SHOP-1");
        Path basket = workspace.workingCopy().resolve("src/Basket.java");
        Files.writeString(basket, "import java.util.ArrayList;\nimport java.util.List;\n\nclass Basket {\n"
                + "    private final List<String> items = new ArrayList<>();\n\n    void add(String item) {\n"
                + "        items.add(item);\n    }\n\n    int size() {\n        return 0;\n    }\n}\n");
        git.commitPaths(workspace, List.of("src/Basket.java"), "B1: keep the items");
        if (fixed) {
            Files.writeString(basket, Files.readString(basket).replace("return 0;", "return items.size();"));
        } else {
            Files.writeString(basket, Files.readString(basket).replace("return 0;", "return 0; // TODO"));
        }
        git.commitPaths(workspace, List.of("src/Basket.java"), "B2: count the items");
        return workspace;
    }

    /** The project and its ticket as coding leaves it: approved beads and setup plan, now at the final test. */
    private static void seed(DataDirectory data, Path repo) throws Exception {
        Files.createDirectories(data.path());
        SqliteStore store = SqliteStore.open(data.databaseFile(), Clock.systemUTC());
        Instant now = Instant.now();
        Project project = store.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, now));
        Ticket created = store.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of(TITLE, "Keep it for a week.", null), now));
        LockedSettings locked = new LockedSettings(MODEL, Optional.empty(), List.of(MODEL, CRITIC), Map.of(), 50, 20, 2,
                5, 5, 1, false, SettingSource.DEFAULT, GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
        store.tickets().update(created.withWorkflow(new WorkflowState(TicketStatus.RUNNING_FINAL_TEST,
                Optional.of(TicketStatus.CODING), Optional.of(locked), Optional.empty(), Optional.empty(),
                BeadProgress.NONE, 30), now));
        store.attempts().save(PhaseAttempt.first(created.id(), TicketStatus.RUNNING_FINAL_TEST, now));
        ApprovedBeadsFixture.seed(store.attempts(), store.artifacts(), created.id(), ApprovedBeadsFixture.jsonl(
                ApprovedBeadsFixture.bead("SHOP-1", "B1", 1), ApprovedBeadsFixture.bead("SHOP-1", "B2", 2, "B1")),
                now);
        String plan = "{\"schema_version\":1,\"ticket_id\":\"SHOP-1\",\"artifact\":\"execution_setup_plan\","
                + "\"project_commands\":{\"test_full\":[" + JSON.writeValueAsString(TEST) + "]}}";
        TicketStatus gate = TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;
        store.attempts().save(PhaseAttempt.first(created.id(), gate, now));
        store.artifacts().append(new NewArtifact(created.id(), gate, 1, "execution_setup_plan", plan, now));
        store.artifacts().append(new NewArtifact(created.id(), gate, 1, "approval_receipt", JSON
                .createObjectNode().put("content_sha256", ContentHash.of(plan).hex()).toString(), now));
    }

    private LoopwrightServer start(DataDirectory data) {
        LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0), data,
                HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT, new FixedCatalogModelRuntime(List.of(MODEL, CRITIC)),
                Clock.systemUTC(), Optional.empty());
        ((EventFanOut) server.events()).subscribe(notifications::add);
        return server;
    }

    /**
     * Waits until the stored status is {@code wanted}. The phases started when the server did, possibly before this
     * test subscribed, so the stored status is checked first and again after every notification.
     */
    private void awaitStatus(LoopwrightServer server, TicketStatus wanted) throws Exception {
        while (true) {
            Ticket ticket = server.store().tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow();
            if (ticket.status() == wanted) {
                return;
            }
            assertThat(ticket.status()).as("blocked: " + ticket.workflow().error())
                    .isNotEqualTo(TicketStatus.BLOCKED_ERROR);
            assertThat(notifications.poll(PATIENT.toSeconds(), TimeUnit.SECONDS)).as("the ticket reached " + wanted
                    + " in time").isNotNull();
        }
    }

    private JsonNode artifact(LoopwrightServer server, String type) throws Exception {
        JsonNode found = null;
        for (JsonNode artifact : JSON.readTree(get(server, "/api/tickets/SHOP-1/artifacts"))) {
            if (artifact.get("artifactType").asText().equals(type)) {
                found = artifact;
            }
        }
        assertThat(found).as("a " + type + " artifact").isNotNull();
        return JSON.readTree(found.get("content").asText());
    }

    private HttpResponse<String> post(LoopwrightServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(LoopwrightServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static RevCommit tip(Path repo, String branch) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.log().add(git.getRepository().resolve("refs/heads/" + branch)).setMaxCount(1).call().iterator()
                    .next();
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.commit().setMessage(message).setAuthor("Test", "test@example.com").setCommitter("Test", "test@example.com")
                .setSign(false).call();
    }

    /** Runs the plain command the way a developer would, in {@code folder}; fails the test unless it passes. */
    private static String run(Path folder, String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).directory(folder.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(PATIENT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
