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
import dev.loopwright.application.interview.InterviewArtifacts;
import dev.loopwright.application.interview.SessionJson;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning end to end over HTTP, with a real OpenCode, a scripted model per council member, a real git repository
 * and working copy, and SQLite: the approved interview becomes an approved PRD and a bead plan at its gate; there
 * the interview is edited, which restarts planning at DRAFTING_PRD with the earlier PRD and bead attempts archived
 * (and still readable); planning runs again from the edited answers through pre-flight to the execution setup plan,
 * whose approval moves the ticket through PREPARING_EXECUTION_ENV (a ready plan: checked without a model) to CODING.
 */
class PlanningEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final String FULL_ANSWERS = "Answer every skipped interview question";
    private static final String PRD_DRAFT = "Write the PRD for the ticket";
    private static final String PRD_VOTE = "Score every draft";
    private static final String PRD_REFINE = "Improve the winning draft";
    private static final String PRD_AUDIT = "Audit PRD candidate v1";
    private static final String BEADS_DRAFT = "Cut the PRD into beads";
    private static final String BEADS_VOTE = "Score every blueprint";
    private static final String BEADS_REFINE = "Improve the winning blueprint";
    private static final String BEADS_AUDIT = "against the PRD and list what is still missing";
    private static final String BEADS_EXPAND = "Expand every bead of the blueprint";
    private static final String PROBE = "reply with OK and nothing else";
    private static final String PLAN_PROMPT = "write the execution setup plan for it";
    private static final String PLAN = "<EXECUTION_SETUP_PLAN>\n{\"summary\": \"Nothing to install: plain Java\","
            + " \"readiness\": {\"status\": \"ready\", \"actions_required\": false, \"evidence\":"
            + " [\"src/Basket.java has no dependencies\"], \"gaps\": []}, \"steps\": [],"
            + " \"project_commands\": {\"test_full\": [\"javac -d /tmp/out src/Basket.java\"]}}\n"
            + "</EXECUTION_SETUP_PLAN>";
    private static final String EDITED_ANSWER = "Returning and new customers";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final TicketFeed feed = new TicketFeed(PATIENT);

    @Test
    void anInterviewEditAtTheBeadGateRestartsPlanningWhichReachesTheSetupPlanAgainWithTheOldAttemptsArchived()
            throws Exception {
        Script script = Script.builder().models("echo", "critic")
                .on(When.lastUserContains(FULL_ANSWERS), Response.reply("answers:\n  - id: Q02\n"
                        + "    selected_option_ids: []\n    free_text: \"In the browser's local storage\"\n"))
                .on(When.lastUserContains(PRD_DRAFT), Response.reply(PrdEndToEndTest.prd(1)))
                .on(When.lastUserContains(PRD_VOTE), Response.reply(PrdEndToEndTest.scores()))
                .on(When.lastUserContains(PRD_REFINE), Response.reply(PrdEndToEndTest.prd(1) + "changes: []\n"))
                .on(When.lastUserContains(PRD_AUDIT), Response.reply("status: clean\ngaps: []\n"
                        + "follow_up_questions: []\n"))
                .on(When.lastUserContains(BEADS_DRAFT), Response.reply(blueprint()))
                .on(When.lastUserContains(BEADS_VOTE), Response.reply(beadsScores()))
                .on(When.lastUserContains(BEADS_REFINE), Response.reply(blueprint() + "changes: []\n"))
                .on(When.lastUserContains(BEADS_AUDIT), Response.reply("status: clean\ngaps: []\n"
                        + "follow_up_questions: []\n"))
                .on(When.lastUserContains(BEADS_EXPAND), Response.reply(
                        "{\"id\": \"store-basket\", \"title\": \"Store the basket\", \"issueType\": \"feature\","
                        + " \"labels\": [\"story:US-1-1\"], \"dependencies\": {\"blocked_by\": []},"
                        + " \"targetFiles\": [\"src/Basket.java\"]}\n"
                        + "{\"id\": \"restore-basket\", \"title\": \"Restore the basket\", \"issueType\": \"feature\","
                        + " \"labels\": [\"story:US-1-1\"], \"dependencies\": {\"blocked_by\": [\"store-basket\"]},"
                        + " \"targetFiles\": [\"src/Basket.java\"]}\n"))
                .on(When.lastUserContains(PLAN_PROMPT), Response.reply(PLAN))
                .on(When.lastUserContains(PROBE), Response.reply("OK"))
                .build();
        Path repo = repositoryWithOneCommit();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        seedAtTheInterviewGate(data, repo);
        // Pre-flight needs the ticket's working copy, as starting the ticket would have made it.
        new JGitWorkspace().prepareTicketWorkspace(repo, "SHOP-1");

        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = feed.start(data, openCode)) {
            // First round: interview approved, PRD approved, bead plan at its gate.
            JsonNode interview = JSON.readTree(get(server, "/api/files/SHOP-1/interview").body());
            assertThat(post(server, "/api/tickets/SHOP-1/approve", hashBody(interview.get("contentSha256").asText()))
                    .get("status").asText()).isEqualTo("DRAFTING_PRD");
            feed.awaitStatus(TicketStatus.WAITING_PRD_APPROVAL);
            long firstRoundDrafts = agentRequests(model, PRD_DRAFT);
            assertThat(firstRoundDrafts).as("every member drafted a PRD").isEqualTo(2);
            JsonNode firstPrd = JSON.readTree(get(server, "/api/files/SHOP-1/prd").body());
            assertThat(post(server, "/api/tickets/SHOP-1/approve-prd", hashBody(firstPrd.get("contentSha256").asText()))
                    .get("status").asText()).isEqualTo("DRAFTING_BEADS");
            String firstApprovedPrd = JSON.readTree(get(server, "/api/files/SHOP-1/prd").body()).get("content")
                    .asText();
            feed.awaitStatus(TicketStatus.WAITING_BEADS_APPROVAL);
            String firstBeads = contentOf(JSON.readTree(get(server, "/api/tickets/SHOP-1/artifacts").body()), "beads",
                    1);

            // The edit: planning restarts at DRAFTING_PRD from the edited answers.
            int requestsBeforeEdit = model.requests().size();
            HttpResponse<String> edited = send(server, "PUT", "/api/tickets/SHOP-1/interview-answers",
                    "{\"questions\":[{\"id\":\"Q01\",\"answer\":{\"skipped\":false,\"selected_option_ids\":[],"
                    + "\"free_text\":\"" + EDITED_ANSWER + "\"}}]}");
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
            assertThat(JSON.readTree(edited.body()).get("ticket").get("status").asText()).isEqualTo("DRAFTING_PRD");

            // Second round, through pre-flight to the execution setup plan.
            feed.awaitStatus(TicketStatus.WAITING_PRD_APPROVAL);
            assertThat(agentRequests(model, PRD_DRAFT)).as("every member drafted the PRD again")
                    .isEqualTo(2 * firstRoundDrafts);
            List<ChatRequest> afterEdit = model.requests().subList(requestsBeforeEdit, model.requests().size());
            assertThat(afterEdit.stream().filter(r -> !r.isSideRequest() && r.lastUserText().contains(PRD_DRAFT)))
                    .as("the new PRD drafts saw the edited answer").isNotEmpty()
                    .allMatch(r -> r.lastUserText().contains(EDITED_ANSWER));
            JsonNode secondPrd = JSON.readTree(get(server, "/api/files/SHOP-1/prd").body());
            assertThat(secondPrd.get("content").asText()).contains("status: draft");
            assertThat(send(server, "POST", "/api/tickets/SHOP-1/approve-prd",
                    hashBody(firstPrd.get("contentSha256").asText())).statusCode())
                    .as("the first round's PRD hash is stale").isEqualTo(409);
            assertThat(post(server, "/api/tickets/SHOP-1/approve-prd",
                    hashBody(secondPrd.get("contentSha256").asText())).get("status").asText())
                    .isEqualTo("DRAFTING_BEADS");
            feed.awaitStatus(TicketStatus.WAITING_BEADS_APPROVAL);
            HttpResponse<String> beads = get(server, "/api/tickets/SHOP-1/beads");
            assertThat(beads.statusCode()).isEqualTo(200);
            assertThat(post(server, "/api/tickets/SHOP-1/approve-beads",
                    hashBody(beads.headers().firstValue("X-Content-Sha256").orElseThrow())).get("status").asText())
                    .isEqualTo("PRE_FLIGHT_CHECK");
            feed.awaitStatus(TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL);
            feed.awaitArtifact("execution_setup_plan");

            // The earlier attempts are archived by the restart and still readable.
            for (String phase : List.of("DRAFTING_PRD", "WAITING_PRD_APPROVAL", "DRAFTING_BEADS",
                    "WAITING_BEADS_APPROVAL")) {
                JsonNode attempts = JSON.readTree(get(server, "/api/tickets/SHOP-1/phases/" + phase + "/attempts")
                        .body());
                assertThat(attempts).as(phase).hasSize(2);
                assertThat(attempt(attempts, 1).get("state").asText()).as(phase).isEqualTo("archived");
                assertThat(attempt(attempts, 1).get("archivedReason").asText()).as(phase)
                        .isEqualTo("planning_restart");
                assertThat(attempt(attempts, 2).get("state").asText()).as(phase).isEqualTo("active");
            }
            assertThat(feed.published().stream().filter(TicketNotification.ArtifactChanged.class::isInstance)
                    .map(TicketNotification.ArtifactChanged.class::cast)
                    .filter(change -> change.invalidated() && change.artifactType().equals("phase_attempt"))
                    .map(TicketNotification.ArtifactChanged::phase)).as("each phase set aside was announced")
                    .contains(TicketStatus.DRAFTING_PRD, TicketStatus.WAITING_PRD_APPROVAL,
                            TicketStatus.DRAFTING_BEADS, TicketStatus.WAITING_BEADS_APPROVAL)
                    .doesNotHaveDuplicates();
            JsonNode artifacts = JSON.readTree(get(server, "/api/tickets/SHOP-1/artifacts").body());
            assertThat(contentOf(artifacts, "prd", 1)).as("the first round's approved PRD").isEqualTo(firstApprovedPrd);
            assertThat(contentOf(artifacts, "prd", 2)).contains("status: approved")
                    .isNotEqualTo(firstApprovedPrd);
            assertThat(contentOf(artifacts, "beads", 1)).as("the first round's bead plan").isEqualTo(firstBeads);
            assertThat(contentOf(artifacts, "beads", 2)).contains("store-basket");
            assertThat(contentOf(artifacts, "prd_full_answers", 2)).contains(EDITED_ANSWER);

            // The setup plan's approval moves the ticket on; preparing a ready plan is quick, so it may be past it.
            JsonNode plan = JSON.readTree(get(server, "/api/tickets/SHOP-1/execution-setup-plan").body());
            assertThat(plan.get("exists").asBoolean()).isTrue();
            assertThat(post(server, "/api/tickets/SHOP-1/approve-execution-setup-plan",
                    hashBody(plan.get("contentSha256").asText())).get("status").asText())
                    .isIn("PREPARING_EXECUTION_ENV", "CODING");
            feed.awaitStatus(TicketStatus.CODING);
            assertThat(agentRequests(model, PLAN_PROMPT)).as("one setup plan, after the second pre-flight only")
                    .isEqualTo(1);
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
        PrdEndToEndTest.put(store, ticket, TicketStatus.SCANNING_RELEVANT_FILES, "relevant_files_scan",
                "files:\n  - path: src/Basket.java\n    relevance: high\n");
        PrdEndToEndTest.put(store, ticket, TicketStatus.WAITING_INTERVIEW_ANSWERS, "interview",
                PrdEndToEndTest.INTERVIEW);
        // The finished interview's session, as the interview loop leaves it; the gate's view shows it after an edit.
        PrdEndToEndTest.put(store, ticket, InterviewArtifacts.HOME, InterviewArtifacts.SESSION,
                SessionJson.write(InterviewSession
                .start(echo, 50, 20, List.of(InterviewQuestion.compiled("Q01", InterviewPhase.FOUNDATION,
                        "Who uses the saved basket?"), InterviewQuestion.compiled("Q02", InterviewPhase.STRUCTURE,
                        "Where is the basket kept between visits?")), clock.instant()).complete(clock.instant())));
        transitions.apply(ticket.id(), TicketEvent.of(TicketEventType.INTERVIEW_COMPLETE));
        transitions.apply(ticket.id(), TicketEvent.of(TicketEventType.COVERAGE_CLEAN));
        assertThat(store.tickets().findById(ticket.id()).orElseThrow().status())
                .isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
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

    private static String beadsScores() {
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

    private static long agentRequests(ScriptedModelServer model, String marker) {
        return model.requests().stream().filter(r -> !r.isSideRequest() && r.lastUserText().contains(marker)).count();
    }

    private static JsonNode attempt(JsonNode attempts, int number) {
        for (JsonNode attempt : attempts) {
            if (attempt.get("attemptNumber").asInt() == number) {
                return attempt;
            }
        }
        throw new AssertionError("no attempt " + number + " in " + attempts);
    }

    /** The newest artifact of a type made in the given attempt of its phase. */
    private static String contentOf(JsonNode artifacts, String type, int attempt) {
        List<String> found = new ArrayList<>();
        for (JsonNode artifact : artifacts) {
            if (artifact.get("artifactType").asText().equals(type)
                    && artifact.get("phaseAttempt").asInt() == attempt) {
                found.add(artifact.get("content").asText());
            }
        }
        assertThat(found).as("a " + type + " artifact of attempt " + attempt).isNotEmpty();
        return found.get(found.size() - 1);
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

    private static String hashBody(String hash) {
        return "{\"expectedContentSha256\":\"" + hash + "\"}";
    }

    private JsonNode post(LoopwrightServer server, String path, String body) throws Exception {
        HttpResponse<String> response = send(server, "POST", path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(LoopwrightServer server, String method, String path, String body)
            throws Exception {
        return client.send(HttpRequest.newBuilder(base(server).resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(LoopwrightServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base(server).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI base(LoopwrightServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }
}
