package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.out.opencode.ManagedOpenCode;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Rule;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.project.Shortname;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
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
 * The PRD phase end to end, over HTTP, with a real OpenCode, a scripted model per council member, a real git
 * repository and SQLite: from the interview gate (seeded through the persistence adapter) through the PRD council
 * and its coverage loop — with the server killed (SIGKILL) in the middle of the second audit and started again — to
 * the approved PRD and the ticket in DRAFTING_BEADS.
 */
class PrdEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final String FULL_ANSWERS = "Answer every skipped interview question";
    private static final String DRAFT = "Write the PRD for the ticket";
    private static final String VOTE = "Score every draft";
    private static final String REFINE = "Improve the winning draft";
    private static final String AUDIT_V1 = "Audit PRD candidate v1";
    private static final String AUDIT_V2 = "Audit PRD candidate v2";
    private static final String REVISE = "Revise PRD candidate v1";
    private static final String GAP = "No story says what happens to a sold-out item";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theApprovedInterviewBecomesAnApprovedPrdThroughAKillMidCoverage() throws Exception {
        Script script = Script.builder().models("echo", "critic")
                .on(When.lastUserContains(FULL_ANSWERS), Response.reply("answers:\n  - id: Q02\n"
                        + "    selected_option_ids: []\n    free_text: \"In the browser's local storage\"\n"))
                .on(When.lastUserContains(DRAFT), Response.reply(prd(1)))
                .on(When.lastUserContains(VOTE), Response.reply(scores()))
                .on(When.lastUserContains(REFINE), Response.reply(prd(1) + "changes: []\n"))
                .on(When.lastUserContains(AUDIT_V1), Response.reply("status: gaps\ngaps:\n  - \"" + GAP + "\"\n"
                        + "follow_up_questions: []\n"))
                .on(When.lastUserContains(REVISE), Response.reply(prd(2) + "changes:\n  - type: added\n"
                        + "    after: US-1-2\ngap_resolutions:\n  - gap: \"" + GAP + "\"\n    action: updated_prd\n"
                        + "    rationale: \"A story for sold-out items\"\n    affected_items: [{item_type: user_story,"
                        + " id: US-1-2}]\n"))
                // The first audit of v2 hangs until the server is killed under it; after the restart it is clean.
                .rule(Rule.once(When.lastUserContains(AUDIT_V2), Response.hang()))
                .on(When.lastUserContains(AUDIT_V2), Response.reply("status: clean\ngaps: []\n"
                        + "follow_up_questions: []\n"))
                .build();
        Path repo = repositoryWithOneCommit();
        Path data = temp.resolve("data");
        seedAtTheInterviewGate(new DataDirectory(data, DataDirectory.Source.FLAG), repo);
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                ManagedOpenCode openCode = ManagedOpenCode.start(new ManagedOpenCode.Launch(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model), Duration.ofSeconds(60)))) {
            ChildServer first = ChildServer.start(data, openCode.baseUri());
            JsonNode interviewFile = JSON.readTree(get(first.address(), "/api/files/SHOP-1/interview").body());
            assertThat(interviewFile.get("exists").asBoolean()).isTrue();
            HttpResponse<String> approved = post(first.address(), "/api/tickets/SHOP-1/approve",
                    "{\"expectedContentSha256\":\"" + interviewFile.get("contentSha256").asText() + "\"}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(JSON.readTree(approved.body()).get("status").asText()).isEqualTo("DRAFTING_PRD");

            assertThat(awaitModelRequests(model, AUDIT_V2, 1)).as("the second audit was asked").isTrue();
            assertThat(status(first.address())).isEqualTo("VERIFYING_PRD_COVERAGE");
            long drafts = agentRequests(model, DRAFT);
            long revisions = agentRequests(model, REVISE);
            first.kill();

            try (ChildServer second = ChildServer.start(data, openCode.baseUri())) {
                awaitStatus(second.address(), "WAITING_PRD_APPROVAL");
                assertThat(agentRequests(model, DRAFT)).as("no member drafted again").isEqualTo(drafts);
                assertThat(agentRequests(model, REVISE)).as("v1 was not revised again").isEqualTo(revisions);
                assertThat(agentRequests(model, AUDIT_V1)).as("v1 was not audited again").isEqualTo(1);
                assertThat(agentRequests(model, AUDIT_V2)).isEqualTo(2);

                JsonNode artifacts = JSON.readTree(get(second.address(), "/api/tickets/SHOP-1/artifacts").body());
                assertThat(artifacts).extracting(a -> a.get("artifactType").asText()).contains("prd_full_answers",
                        "prd_drafts", "prd_votes", "prd_refinement", "prd_candidate_v1", "prd_candidate_v2",
                        "prd_coverage", "prd_coverage_revision", "prd");
                assertThat(contentOf(artifacts, "prd_full_answers")).contains("local storage");
                JsonNode prd = JSON.readTree(get(second.address(), "/api/files/SHOP-1/prd").body());
                assertThat(prd.get("content").asText()).contains("US-1-2", "status: draft");
                assertThat(prd.get("coverage").get("outcome").asText()).isEqualTo("clean");
                assertThat(prd.get("coverage").get("candidateVersion").asInt()).isEqualTo(2);

                HttpResponse<String> stale = post(second.address(), "/api/tickets/SHOP-1/approve-prd",
                        "{\"expectedContentSha256\":\"" + "0".repeat(64) + "\"}");
                assertThat(stale.statusCode()).isEqualTo(409);
                assertThat(status(second.address())).isEqualTo("WAITING_PRD_APPROVAL");
                HttpResponse<String> prdApproved = post(second.address(), "/api/tickets/SHOP-1/approve-prd",
                        "{\"expectedContentSha256\":\"" + prd.get("contentSha256").asText() + "\"}");
                assertThat(prdApproved.statusCode()).as(prdApproved.body()).isEqualTo(200);
                assertThat(JSON.readTree(prdApproved.body()).get("status").asText()).isEqualTo("DRAFTING_BEADS");
                assertThat(JSON.readTree(get(second.address(), "/api/files/SHOP-1/prd").body()).get("content")
                        .asText()).contains("status: approved");
            }
        }
    }

    /** A started ticket whose interview (one question skipped) waits for approval, written straight to SQLite. */
    private static void seedAtTheInterviewGate(DataDirectory data, Path repo) throws Exception {
        Files.createDirectories(data.databaseFile().getParent());
        SqliteStore store = SqliteStore.open(data.databaseFile(), Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        Project project = store.projects().create(new NewProject(new Shortname("SHOP"), repo,
                ProjectDetails.of("Shop", null, null), ProjectOverrides.NONE, clock.instant()));
        Ticket ticket = store.tickets().create(new NewTicket(project.id(), ExternalId.parse("SHOP-1"),
                TicketDetails.of("Save the basket between visits", "Returning customers lose their basket.", null),
                clock.instant()));
        TicketTransitionService transitions = new TicketTransitionService(store.tickets(), store.history(),
                store.errors(), store.attempts(), store.unitOfWork(), notification -> { }, clock);
        ModelId echo = new ModelId("scripted/echo");
        transitions.apply(ticket.id(), new TicketEvent.Start(new LockedSettings(echo, Optional.empty(),
                List.of(echo, new ModelId("scripted/critic")), Map.of(), 50, 20, 2, 3, 5, 1, false,
                SettingSource.DEFAULT, GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT)));
        for (TicketEventType type : List.of(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.READY)) {
            transitions.apply(ticket.id(), TicketEvent.of(type));
        }
        put(store, ticket, TicketStatus.SCANNING_RELEVANT_FILES, "relevant_files_scan",
                "files:\n  - path: src/Basket.java\n    relevance: high\n");
        put(store, ticket, TicketStatus.WAITING_INTERVIEW_ANSWERS, "interview", INTERVIEW);
        transitions.apply(ticket.id(), TicketEvent.of(TicketEventType.INTERVIEW_COMPLETE));
        transitions.apply(ticket.id(), TicketEvent.of(TicketEventType.COVERAGE_CLEAN));
        assertThat(store.tickets().findById(ticket.id()).orElseThrow().status())
                .isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
    }

    static void put(SqliteStore store, Ticket ticket, TicketStatus phase, String type, String content) {
        int attempt = store.attempts().findActive(ticket.id(), phase).orElseThrow().attemptNumber();
        store.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticket.id(), phase, attempt, type, content,
                Clock.systemUTC().instant()));
    }

    /** An interview with Q01 answered and Q02 skipped; {@link PlanningEndToEndTest} seeds the same one. */
    static final String INTERVIEW = """
            schema_version: 1
            ticket_id: SHOP-1
            artifact: interview
            status: draft
            generated_by:
              winner_model: scripted/echo
              generated_at: "2026-01-01T00:00:00Z"
              canonicalization: server_normalized
            questions:
              - id: Q01
                phase: foundation
                prompt: Who uses the saved basket?
                source: compiled
                follow_up_round: null
                answer_type: free_text
                options: []
                answer:
                  skipped: false
                  selected_option_ids: []
                  free_text: Returning customers
                  answered_by: user
                  answered_at: "2026-01-01T00:00:00Z"
              - id: Q02
                phase: structure
                prompt: Where is the basket kept between visits?
                source: compiled
                follow_up_round: null
                answer_type: free_text
                options: []
                answer:
                  skipped: true
                  selected_option_ids: []
                  free_text: ""
                  answered_by: ai_skip
                  answered_at: ""
            follow_up_rounds: []
            summary:
              goals: [Keep the basket]
              constraints: []
              non_goals: []
              final_free_form_answer: ""
            approval: null
            """;

    static String prd(int stories) {
        StringBuilder yaml = new StringBuilder("""
                product:
                  problem_statement: "Returning customers lose their basket"
                  target_users: ["returning customers"]
                scope:
                  in_scope: ["Keep the basket between visits"]
                  out_of_scope: ["Sharing baskets"]
                technical_requirements:
                  architecture_constraints: []
                  data_model: ["The basket is kept in local storage"]
                  api_contracts: []
                  security_constraints: []
                  performance_constraints: []
                  reliability_constraints: []
                  error_handling_rules: []
                  tooling_assumptions: []
                epics:
                  - id: EPIC-1
                    title: "Saved basket"
                    objective: "The basket survives a visit"
                    implementation_steps: ["Save the basket on change"]
                    user_stories:
                      - id: US-1-1
                        title: "Restore the basket"
                        acceptance_criteria: ["A returning customer sees the same items"]
                        implementation_steps: ["Load the basket on start"]
                        verification:
                          required_commands: ["mvn test"]
                """);
        if (stories > 1) {
            yaml.append("""
                          - id: US-1-2
                            title: "Sold-out items"
                            acceptance_criteria: ["A sold-out item is shown as unavailable"]
                            implementation_steps: ["Check stock on restore"]
                            verification:
                              required_commands: ["mvn test"]
                    """);
        }
        return yaml.append("risks: []\n").toString();
    }

    static String scores() {
        StringBuilder yaml = new StringBuilder("draft_scores:\n");
        for (int draft = 1; draft <= 2; draft++) {
            yaml.append("  Draft ").append(draft).append(":\n");
            for (String category : new String[] {"fidelity_to_interview", "completeness",
                    "testable_acceptance_criteria", "technical_soundness", "scope_discipline"}) {
                yaml.append("    ").append(category).append(": 15\n");
            }
        }
        return yaml.toString();
    }

    private String status(URI base) throws Exception {
        return JSON.readTree(get(base, "/api/tickets/SHOP-1").body()).get("status").asText();
    }

    /**
     * Follows the ticket's live stream until it enters {@code wanted}; a child server's events are in another process.
     * The stream is open before the status is read, so a change in between is not missed.
     */
    private void awaitStatus(URI base, String wanted) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> stream = client.send(HttpRequest.newBuilder(
                base.resolve("/api/stream?ticketId=SHOP-1")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = stream.body()) {
            if (status(base).equals(wanted)) {
                return;
            }
            java.util.concurrent.CompletableFuture<String> entered = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> lines.filter(line -> line.startsWith("data:") && line.contains("\"to\""))
                            .map(line -> line.contains("\"" + wanted + "\"") ? wanted
                                    : line.contains("\"BLOCKED_ERROR\"") ? "BLOCKED_ERROR" : "")
                            .filter(to -> !to.isEmpty()).findFirst().orElse("stream ended"));
            assertThat(entered.get(PATIENT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                    .as("the ticket reached " + wanted + " without being blocked").isEqualTo(wanted);
        }
    }

    private static boolean awaitModelRequests(ScriptedModelServer model, String marker, long count)
            throws InterruptedException {
        long end = System.nanoTime() + PATIENT.toNanos();
        while (agentRequests(model, marker) < count) {
            int seen = model.requests().size();
            if (agentRequests(model, marker) >= count) {
                return true;
            }
            if (!model.awaitRequests(seen + 1, Duration.ofNanos(Math.max(1, end - System.nanoTime())))) {
                return false;
            }
        }
        return true;
    }

    private static long agentRequests(ScriptedModelServer model, String marker) {
        return model.requests().stream().filter(r -> !r.isSideRequest() && r.lastUserText().contains(marker)).count();
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

    private HttpResponse<String> post(URI base, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String contentOf(JsonNode artifacts, String type) {
        for (JsonNode artifact : artifacts) {
            if (artifact.get("artifactType").asText().equals(type)) {
                return artifact.get("content").asText();
            }
        }
        throw new AssertionError("no " + type + " artifact");
    }
}
