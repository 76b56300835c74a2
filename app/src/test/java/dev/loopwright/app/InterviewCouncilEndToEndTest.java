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
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.ExternalId;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ticket from DRAFT through the relevant-file scan and the interview council, over HTTP, with a real OpenCode,
 * a scripted model per council member, a real git repository and SQLite — across a server restart mid-vote.
 */
class InterviewCouncilEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENT = Duration.ofMinutes(3);
    private static final String SCAN = "list the files this ticket will change";
    private static final String DRAFT = "Write the complete list of interview questions";
    private static final String VOTE = "Score every draft";
    private static final String REFINE = "Improve the winning draft";
    private static final String FIRST_BATCH = "Begin the interview: reply with batch 1.";
    private static final String AFTER_BATCH_1 = "The author answered batch 1";
    private static final String AFTER_BATCH_2 = "The author answered batch 2";
    private static final String COVERAGE = "Review the finished interview for gaps";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();
    private final TicketFeed feed = new TicketFeed(PATIENT);

    @Test
    void aThreeMemberCouncilCompilesTheInterviewThroughARestartMidVoteAndTheAuthorAnswersItToApproval()
            throws Exception {
        Script script = Script.builder().models("echo", "critic", "scout")
                // The coverage check after the last answer finds nothing missing.
                .on(When.lastUserContains(COVERAGE), Response.reply("status: clean\ngaps: []\n"
                        + "follow_up_questions: []\n"))
                .on(When.lastUserContains(SCAN), Response.reply("files:\n  - path: src/Basket.java\n"
                        + "    relevance: high\n    likely_action: modify\n    rationale: holds the basket\n"))
                // The third member never answers its draft: the council goes on without it, by quorum.
                .on(When.lastUserContains(DRAFT).and(When.model("scout")), Response.hang())
                .on(When.lastUserContains(DRAFT), Response.reply(questions()))
                // The first vote hangs until the server is stopped under it; after the restart votes answer.
                .rule(Rule.once(When.lastUserContains(VOTE), Response.hang()))
                .on(When.lastUserContains(VOTE), Response.reply(scores(2)))
                .on(When.lastUserContains(REFINE), Response.reply(questions() + "changes: []\n"))
                .on(When.lastUserContains(FIRST_BATCH), Response.reply(batch(1, false, "Q01", "Q02", "Q03")))
                .on(When.lastUserContains(AFTER_BATCH_1), Response.reply(batch(2, true, "QFF1")))
                .on(When.lastUserContains(AFTER_BATCH_2), Response.reply("complete:\n  goals: [\"Keep the basket\"]\n"
                        + "  constraints: []\n  non_goals: []\n  final_free_form_answer: \"Nothing more\"\n"))
                .build();
        Path repo = repositoryWithOneCommit();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model))) {
            try (LoopwrightServer server = feed.start(data, openCode)) {
                post(server, "/api/profile", "{\"mainImplementer\":\"scripted/echo\",\"councilMembers\":"
                        + "\"[\\\"scripted/critic\\\",\\\"scripted/scout\\\"]\",\"councilResponseTimeout\":45000}");
                post(server, "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                        + JSON.writeValueAsString(repo.toString()) + "}");
                post(server, "/api/tickets", "{\"projectId\":1,\"title\":\"Save the basket between visits\"}");

                assertThat(post(server, "/api/tickets/SHOP-1/start", null).get("status").asText())
                        .isEqualTo("SCANNING_RELEVANT_FILES");
                feed.awaitStatus(TicketStatus.COUNCIL_VOTING_INTERVIEW);
                assertThat(awaitModelRequests(model, VOTE, 1)).isTrue();
            }
            assertThat(storedStatus(data)).isEqualTo(TicketStatus.COUNCIL_VOTING_INTERVIEW);
            long draftsBeforeRestart = agentRequests(model, DRAFT);

            try (LoopwrightServer restarted = feed.start(data, openCode)) {
                feed.awaitStatus(TicketStatus.WAITING_INTERVIEW_ANSWERS);

                assertThat(agentRequests(model, DRAFT)).as("no member drafted again").isEqualTo(draftsBeforeRestart);
                JsonNode artifacts = JSON.readTree(get(restarted, "/api/tickets/SHOP-1/artifacts").body());
                assertThat(artifacts).extracting(a -> a.get("artifactType").asText())
                        .contains("relevant_files_scan", "interview_drafts", "interview_votes", "interview_compiled");
                assertThat(contentOf(artifacts, "interview_drafts")).contains("scripted/scout", "timed_out");

                // The author answers every batch the interviewer asks, then reviews and approves the result.
                for (JsonNode batch = awaitBatch(restarted); batch != null; batch = awaitBatch(restarted)) {
                    StringBuilder answers = new StringBuilder("{\"answers\":{");
                    for (JsonNode question : batch) {
                        answers.append(answers.length() > 12 ? "," : "").append('"').append(question.get("id").asText())
                                .append("\":\"An answer to ").append(question.get("id").asText()).append('"');
                    }
                    assertThat(send(restarted, "POST", "/api/tickets/SHOP-1/answer-batch", answers + "}}").statusCode())
                            .isEqualTo(202);
                }
                JsonNode interview = JSON.readTree(get(restarted, "/api/tickets/SHOP-1/interview").body());
                assertThat(interview.get("raw").asText()).contains("An answer to Q02", "An answer to QFF1");
                assertThat(agentRequests(model, COVERAGE)).as("one coverage pass").isEqualTo(1);
                assertThat(contentOf(JSON.readTree(get(restarted, "/api/tickets/SHOP-1/artifacts").body()),
                        "interview_coverage")).contains("\"outcome\" : \"clean\"");
                assertThat(send(restarted, "POST", "/api/tickets/SHOP-1/approve-interview",
                        "{\"expectedContentSha256\":\"" + "0".repeat(64) + "\"}").statusCode()).isEqualTo(409);
                HttpResponse<String> approved = send(restarted, "POST", "/api/tickets/SHOP-1/approve-interview",
                        "{\"expectedContentSha256\":\"" + interview.get("contentSha256").asText() + "\"}");
                assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
                assertThat(JSON.readTree(approved.body()).get("status").asText()).isEqualTo("DRAFTING_PRD");
            }
        }
    }

    @Test
    void twoMembersWritingGarbageBlockTheTicketWithQuorumNotMetAndARetryAfterTheFixCompletesTheCouncil()
            throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        When garbageFromTwo = request -> broken.get() && request.lastUserText().contains(DRAFT)
                && !request.model().equals("echo");
        Script script = Script.builder().models("echo", "critic", "scout")
                .on(When.lastUserContains(SCAN), Response.reply("files:\n  - path: src/Basket.java\n"))
                .on(garbageFromTwo, Response.reply("I would rather not write YAML today."))
                .on(When.lastUserContains(DRAFT), Response.reply(questions()))
                .on(When.lastUserContains(VOTE), Response.reply(scores(3)))
                .on(When.lastUserContains(REFINE), Response.reply(questions() + "changes: []\n"))
                .build();
        Path repo = repositoryWithOneCommit();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = feed.start(data, openCode)) {
            post(server, "/api/profile", "{\"mainImplementer\":\"scripted/echo\",\"councilMembers\":"
                    + "\"[\\\"scripted/critic\\\",\\\"scripted/scout\\\"]\"}");
            post(server, "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                    + JSON.writeValueAsString(repo.toString()) + "}");
            post(server, "/api/tickets", "{\"projectId\":1,\"title\":\"Save the basket between visits\"}");
            post(server, "/api/tickets/SHOP-1/start", null);

            TicketNotification.ErrorRaised blocked = feed.awaitBlocked();
            assertThat(blocked.phase()).isEqualTo(TicketStatus.COUNCIL_DELIBERATING);
            assertThat(blocked.codes()).containsExactly("QUORUM_NOT_MET");

            broken.set(false);
            assertThat(post(server, "/api/tickets/SHOP-1/retry", null).get("status").asText())
                    .isEqualTo("COUNCIL_DELIBERATING");
            feed.awaitStatus(TicketStatus.WAITING_INTERVIEW_ANSWERS);

            // Cancelling with cleanup removes what the ticket produced: artifacts, working copy, branch and log.
            Path log = data.path().resolve("logs/1/execution-log.jsonl");
            assertThat(Files.readString(log)).contains("COUNCIL_DELIBERATING");
            assertThat(repo.resolve(".loopwright/worktrees/SHOP-1")).isDirectory();
            assertThat(post(server, "/api/tickets/SHOP-1/cancel", "{\"deleteContent\":true,\"deleteLog\":true}")
                    .get("status").asText()).isEqualTo("CANCELED");
            assertThat(repo.resolve(".loopwright/worktrees/SHOP-1")).doesNotExist();
            try (Git git = Git.open(repo.toFile())) {
                assertThat(git.branchList().call()).extracting(ref -> ref.getName()).containsExactly("refs/heads/main");
            }
            assertThat(JSON.readTree(get(server, "/api/tickets/SHOP-1/artifacts").body())).isEmpty();
            assertThat(log).doesNotExist();
        }
    }

    @Test
    void aServerKilledMidVoteResumesTheVoteOnRestartWithoutAnyoneDraftingAgain() throws Exception {
        Script script = Script.builder().models("echo", "critic", "scout")
                .on(When.lastUserContains(SCAN), Response.reply("files:\n  - path: src/Basket.java\n"))
                .on(When.lastUserContains(DRAFT), Response.reply(questions()))
                .rule(Rule.once(When.lastUserContains(VOTE), Response.hang()))
                .on(When.lastUserContains(VOTE), Response.reply(scores(3)))
                .on(When.lastUserContains(REFINE), Response.reply(questions() + "changes: []\n"))
                .on(When.lastUserContains(FIRST_BATCH), Response.reply(batch(1, false, "Q01")))
                .build();
        Path repo = repositoryWithOneCommit();
        Path data = temp.resolve("data");
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                ManagedOpenCode openCode = ManagedOpenCode.start(new ManagedOpenCode.Launch(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model), Duration.ofSeconds(60)))) {
            ChildServer first = ChildServer.start(data, openCode.baseUri());
            post(first.address(), "/api/profile", "{\"mainImplementer\":\"scripted/echo\",\"councilMembers\":"
                    + "\"[\\\"scripted/critic\\\",\\\"scripted/scout\\\"]\",\"councilResponseTimeout\":45000}");
            post(first.address(), "/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                    + JSON.writeValueAsString(repo.toString()) + "}");
            post(first.address(), "/api/tickets", "{\"projectId\":1,\"title\":\"Save the basket between visits\"}");
            post(first.address(), "/api/tickets/SHOP-1/start", null);
            assertThat(awaitModelRequests(model, VOTE, 1)).isTrue();
            long drafts = agentRequests(model, DRAFT);

            first.kill();

            assertThat(storedStatus(new DataDirectory(data, DataDirectory.Source.FLAG)))
                    .isEqualTo(TicketStatus.COUNCIL_VOTING_INTERVIEW);
            try (ChildServer second = ChildServer.start(data, openCode.baseUri())) {
                // The interviewer's first prompt means the vote and the compile are done and the interview began.
                assertThat(awaitModelRequests(model, FIRST_BATCH, 1)).isTrue();
                assertThat(agentRequests(model, DRAFT)).as("no member drafted again").isEqualTo(drafts);
                assertThat(JSON.readTree(get(second.address(), "/api/tickets/SHOP-1").body()).get("status").asText())
                        .isEqualTo("WAITING_INTERVIEW_ANSWERS");
            }
        }
    }

    /** The questions of the next batch to answer, or null once the interview waits for approval. */
    private JsonNode awaitBatch(LoopwrightServer server) throws Exception {
        while (true) {
            TicketNotification next = feed.next("the interviewer answered");
            if (next instanceof TicketNotification.StateChanged) {
                TicketStatus to = ((TicketNotification.StateChanged) next).to();
                assertThat(to).as("the ticket was blocked").isNotEqualTo(TicketStatus.BLOCKED_ERROR);
                if (to == TicketStatus.WAITING_INTERVIEW_APPROVAL) {
                    return null;
                }
                continue;
            }
            JsonNode interview = JSON.readTree(get(server, "/api/tickets/SHOP-1/interview").body());
            if (!interview.has("questions")) {
                continue; // the interviewer has not stored its session yet: wait for the next notification
            }
            List<JsonNode> current = new ArrayList<>();
            interview.get("questions").forEach(q -> {
                if (q.get("status").asText().equals("current")) {
                    current.add(q);
                }
            });
            if (!current.isEmpty() && !interview.get("awaitingInterviewer").asBoolean()) {
                return JSON.valueToTree(current);
            }
        }
    }

    /** Read straight from the database: starting a server would already resume the ticket. */
    private static TicketStatus storedStatus(DataDirectory data) {
        return SqliteStore.open(data.databaseFile(), Clock.systemUTC()).tickets()
                .findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow().status();
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

    private JsonNode post(LoopwrightServer server, String path, String body) throws Exception {
        return post(base(server), path, body);
    }

    private static URI base(LoopwrightServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private JsonNode post(URI base, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        request.header("Content-Type", "application/json").POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(LoopwrightServer server, String method, String path, String body)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(LoopwrightServer server, String path) throws Exception {
        return get(base(server), path);
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentOf(JsonNode artifacts, String type) {
        for (JsonNode artifact : artifacts) {
            if (artifact.get("artifactType").asText().equals(type)) {
                return artifact.get("content").asText();
            }
        }
        throw new AssertionError("no " + type + " artifact");
    }

    private static String questions() {
        return "questions:\n"
                + "  - id: Q01\n    phase: foundation\n    question: \"Who uses the saved basket?\"\n"
                + "  - id: Q02\n    phase: structure\n    question: \"Where is the basket kept between visits?\"\n"
                + "  - id: Q03\n    phase: assembly\n    question: \"What happens when a saved item sold out?\"\n";
    }

    private static String batch(int number, boolean last, String... ids) {
        StringBuilder yaml = new StringBuilder("batch:\n  commentary: \"\"\n  progress_total: 2\n  final: ")
                .append(last).append("\n  questions:\n");
        for (String id : ids) {
            yaml.append("    - id: ").append(id).append("\n      phase: ").append(last ? "assembly" : "foundation")
                    .append("\n      priority: high\n      question: \"Question ").append(id).append(" of batch ")
                    .append(number).append("?\"\n      rationale: \"The plan needs it\"\n      answer_type: free_text\n");
        }
        return yaml.toString();
    }

    private static String scores(int drafts) {
        StringBuilder yaml = new StringBuilder("draft_scores:\n");
        for (int draft = 1; draft <= drafts; draft++) {
            yaml.append("  Draft ").append(draft).append(":\n");
            for (String category : new String[] {"coverage_of_requirements", "question_clarity", "prioritisation",
                    "answerability", "no_redundancy"}) {
                yaml.append("    ").append(category).append(": 15\n");
            }
        }
        return yaml.toString();
    }
}
