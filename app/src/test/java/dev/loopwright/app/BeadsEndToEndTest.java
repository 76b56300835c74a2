package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.council.beads.PrdSource;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.TransitionResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bead phase over HTTP with a real OpenCode, a scripted model per council member, a real git repository and
 * SQLite: a ticket seeded at DRAFTING_BEADS with an approved PRD goes through the council, the coverage check and the
 * expansion to the gate, is approved there by the hash of the plan it shows, and enters PRE_FLIGHT_CHECK.
 */
class BeadsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final String DRAFT = "Cut the PRD into beads";
    private static final String VOTE = "Score every blueprint";
    private static final String REFINE = "Improve the winning blueprint";
    private static final String AUDIT = "against the PRD and list what is still missing";
    private static final String EXPAND = "Expand every bead of the blueprint";
    private static final String PRD = "schema_version: 1\nticket_id: SHOP-1\nartifact: prd\nstatus: approved\n"
            + "source_interview:\n  content_sha256: " + "a".repeat(64) + "\n"
            + "product:\n  problem_statement: Baskets are lost between visits.\n  target_users: [shoppers]\n"
            + "scope:\n  in_scope: [Keep the basket between visits]\n  out_of_scope: []\n"
            + "technical_requirements: {}\n"
            + "epics:\n  - id: EPIC-1\n    title: Saved basket\n    objective: Keep the basket\n"
            + "    implementation_steps: []\n    user_stories:\n      - id: US-1-1\n        title: Restore the basket\n"
            + "        acceptance_criteria: [The basket is back after a new visit]\n        implementation_steps: []\n"
            + "        verification:\n          required_commands: [mvn -q test]\n"
            + "risks: []\napproval:\n  approved_by: user\n  approved_at: \"2026-01-01T00:00:00Z\"\n";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final TicketFeed feed = new TicketFeed(PATIENT);

    @Test
    void aSeededApprovedPrdBecomesAnApprovedBeadPlanAndTheTicketEntersPreFlight() throws Exception {
        Script script = Script.builder().models("echo", "critic")
                .on(When.lastUserContains(DRAFT), Response.reply(blueprint()))
                .on(When.lastUserContains(VOTE), Response.reply(scores()))
                .on(When.lastUserContains(REFINE), Response.reply(blueprint() + "changes: []\n"))
                .on(When.lastUserContains(AUDIT), Response.reply("status: clean\ngaps: []\nfollow_up_questions: []\n"))
                .on(When.lastUserContains(EXPAND), Response.reply(
                        "{\"id\": \"store-basket\", \"title\": \"Store the basket\", \"issueType\": \"feature\","
                        + " \"labels\": [\"story:US-1-1\"], \"dependencies\": {\"blocked_by\": []},"
                        + " \"targetFiles\": [\"src/Basket.java\"]}\n"
                        + "{\"id\": \"restore-basket\", \"title\": \"Restore the basket\", \"issueType\": \"feature\","
                        + " \"labels\": [\"story:US-1-1\"], \"dependencies\": {\"blocked_by\": [\"store-basket\"]},"
                        + " \"targetFiles\": [\"src/Basket.java\"]}\n"))
                .build();
        Path repo = repositoryWithOneCommit();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model))) {
            try (LoopwrightServer setup = feed.start(data, openCode)) {
                post(setup, "/api/profile", "{\"mainImplementer\":\"scripted/echo\",\"councilMembers\":"
                        + "\"[\\\"scripted/critic\\\"]\",\"councilResponseTimeout\":45000}");
                post(setup, "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                        + JSON.writeValueAsString(repo.toString()) + "}");
                post(setup, "/api/tickets", "{\"projectId\":1,\"title\":\"Save the basket between visits\"}");
            }
            seedAtDraftingBeads(data);

            try (LoopwrightServer server = feed.start(data, openCode)) {
                feed.awaitStatus(TicketStatus.WAITING_BEADS_APPROVAL);

                HttpResponse<String> beads = get(server, "/api/tickets/SHOP-1/beads");
                assertThat(beads.statusCode()).isEqualTo(200);
                JsonNode plan = JSON.readTree(beads.body());
                assertThat(plan).extracting(bead -> bead.get("id").asText())
                        .containsExactly("store-basket", "restore-basket");
                assertThat(plan.get(0).get("dependencies").get("blocks").get(0).asText()).isEqualTo("restore-basket");
                assertThat(plan.get(1).get("priority").asInt()).isEqualTo(2);
                String hash = beads.headers().firstValue("X-Content-Sha256").orElseThrow();
                JsonNode artifacts = JSON.readTree(get(server, "/api/tickets/SHOP-1/artifacts").body());
                assertThat(artifacts).extracting(a -> a.get("artifactType").asText()).contains("beads_drafts",
                        "beads_votes", "beads_refined", "beads_coverage", "beads_expanded", "beads");

                assertThat(send(server, "/api/tickets/SHOP-1/approve-beads",
                        "{\"expectedContentSha256\":\"" + "0".repeat(64) + "\"}").statusCode()).isEqualTo(409);
                HttpResponse<String> approved = send(server, "/api/tickets/SHOP-1/approve-beads",
                        "{\"expectedContentSha256\":\"" + hash + "\"}");
                assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
                assertThat(JSON.readTree(approved.body()).get("status").asText()).isEqualTo("PRE_FLIGHT_CHECK");
                assertThat(JSON.readTree(get(server, "/api/tickets/SHOP-1/beads").body()).get(0).get("createdAt")
                        .asText()).isNotEmpty();
            }
        }
    }

    /** The ticket started and walked through the earlier phases in storage, with the PRD phase's approved PRD. */
    private static void seedAtDraftingBeads(DataDirectory data) {
        Clock clock = Clock.systemUTC();
        SqliteStore store = SqliteStore.open(data.databaseFile(), clock);
        TicketId ticket = store.tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow().id();
        TicketTransitionService transitions = new TicketTransitionService(store.tickets(), store.history(),
                store.errors(), store.attempts(), store.unitOfWork(), notification -> { }, clock);
        ModelId echo = new ModelId("scripted/echo");
        ModelId critic = new ModelId("scripted/critic");
        apply(transitions, ticket, new TicketEvent.Start(new LockedSettings(echo, Optional.empty(),
                List.of(echo, critic), Map.of(), 50, 20, 2, 5, 2, 1, false, SettingSource.DEFAULT,
                GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT)));
        for (TicketEventType type : List.of(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.READY, TicketEventType.INTERVIEW_COMPLETE,
                TicketEventType.COVERAGE_CLEAN, TicketEventType.APPROVE, TicketEventType.DRAFTS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.REFINED, TicketEventType.COVERAGE_CLEAN)) {
            apply(transitions, ticket, TicketEvent.of(type));
        }
        int gate = store.attempts().findActive(ticket, TicketStatus.WAITING_PRD_APPROVAL).orElseThrow()
                .attemptNumber();
        store.artifacts().append(new ArtifactRepository.NewArtifact(ticket, TicketStatus.WAITING_PRD_APPROVAL, gate,
                PrdSource.ARTIFACT, PRD, clock.instant()));
        apply(transitions, ticket, TicketEvent.of(TicketEventType.APPROVE));
        assertThat(store.tickets().findById(ticket).orElseThrow().status()).isEqualTo(TicketStatus.DRAFTING_BEADS);
    }

    private static void apply(TicketTransitionService transitions, TicketId ticket, TicketEvent event) {
        assertThat(transitions.apply(ticket, event)).as(event.toString()).isInstanceOf(TransitionResult.Accepted.class);
    }

    private static String blueprint() {
        StringBuilder yaml = new StringBuilder("beads:\n");
        for (String[] bead : new String[][] {{"store-basket", "Store the basket"}, {"restore-basket",
                "Restore the basket"}}) {
            yaml.append("  - id: ").append(bead[0]).append("\n    title: \"").append(bead[1]).append("\"\n")
                    .append("    prdRefs: [EPIC-1, US-1-1]\n    description: \"").append(bead[1])
                    .append(" in src/Basket.java.\"\n    contextGuidance:\n      patterns: [Keep Basket small]\n")
                    .append("      anti_patterns: [No global state]\n    acceptanceCriteria: [It works]\n")
                    .append("    tests: [A test shows it]\n    testCommands:\n      - |-\n        mvn -q test\n");
        }
        return yaml.toString();
    }

    private static String scores() {
        StringBuilder yaml = new StringBuilder("draft_scores:\n");
        for (int draft = 1; draft <= 2; draft++) {
            yaml.append("  Draft ").append(draft).append(":\n");
            for (String category : new String[] {"requirement_coverage", "bead_size", "dependency_order",
                    "verifiability", "implementation_guidance"}) {
                yaml.append("    ").append(category).append(": ").append(10 + draft).append('\n');
            }
        }
        return yaml.toString();
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

    private static URI base(LoopwrightServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private void post(LoopwrightServer server, String path, String body) throws Exception {
        HttpResponse<String> response = send(server, path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
    }

    private HttpResponse<String> send(LoopwrightServer server, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(base(server).resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(LoopwrightServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base(server).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
