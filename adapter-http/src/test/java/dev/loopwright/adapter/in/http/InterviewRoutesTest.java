package dev.loopwright.adapter.in.http;

import static dev.loopwright.application.fake.ScriptedModelRuntime.fail;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview routes on a real server: each success shape and each documented refusal. */
class InterviewRoutesTest {
    private static final String BATCH_1 = """
            batch:
              commentary: First things first.
              progress_total: 2
              final: false
              questions:
                - id: Q01
                  phase: foundation
                  question: Who exports the orders?
                  answer_type: single_choice
                  options: [Owners, Staff]
            """;
    private static final String BATCH_2 = """
            batch:
              final: false
              questions:
                - id: Q02
                  phase: structure
                  question: Which columns?
            """;
    private static final String COMPILED = """
            questions:
              - id: Q01
                phase: foundation
                question: Who exports the orders?
              - id: Q02
                phase: structure
                question: Which columns?
            """;

    @TempDir
    Path temp;
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private TestServer server;
    private TicketTransitionService transitions;
    private TicketId ticketId;

    @BeforeEach
    void ticketCompiledByTheCouncil() throws Exception {
        server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, runtime);
        transitions = TestServer.transitions(server.repositories, server.clock);
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Export orders\"}");
        ticketId = ticket().id();
        transitions.apply(ticketId, TestSettings.start());
        advance(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY,
                TicketEventType.WINNER_SELECTED);
        store(TicketStatus.COMPILING_INTERVIEW, "interview_refinement",
                "{\"winner\":\"" + TestSettings.OTHER.value() + "\"}");
        store(TicketStatus.COMPILING_INTERVIEW, "interview_compiled", COMPILED);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Compiled, and the interview started as the phase runner would start it. */
    private void interviewing(ScriptedModelRuntime.Step... steps) {
        runtime.on(TestSettings.OTHER, steps);
        advance(TicketEventType.READY);
        server.interview.loop().enter(ticketId, new Cancellation());
    }

    @Test
    void answeringABatchIsAcceptedAndTheNextBatchShows() throws Exception {
        assertThat(server.get("/api/tickets/SHOP-1/interview").status()).isEqualTo(404);
        interviewing(reply(BATCH_1), reply(BATCH_2));

        JsonNode first = server.get("/api/tickets/SHOP-1/interview").body();
        assertThat(first.get("winnerId").asText()).isEqualTo(TestSettings.OTHER.value());
        assertThat(first.get("raw").isNull()).isTrue();
        assertThat(first.get("questions").get(0).get("status").asText()).isEqualTo("current");
        assertThat(first.get("questions").get(0).get("options")).hasSize(2);
        assertThat(first.get("session").get("currentBatch").get("batchNumber").asInt()).isEqualTo(1);

        TestServer.Reply wrongOption = server.post("/api/tickets/SHOP-1/answer-batch",
                "{\"selectedOptions\":{\"Q01\":[\"opt7\"]}}");
        assertThat(wrongOption.status()).isEqualTo(400);
        TestServer.Reply badShape = server.post("/api/tickets/SHOP-1/answer-batch", "{\"answers\":{\"Q01\":5}}");
        assertThat(badShape.status()).isEqualTo(400);
        assertThat(badShape.error()).isEqualTo("Invalid answers payload");
        assertThat(badShape.body().get("details").get(0).get("field").asText()).isEqualTo("answers");

        TestServer.Reply accepted = server.post("/api/tickets/SHOP-1/answer-batch",
                "{\"answers\":{\"Q01\":\"mostly\"},\"selectedOptions\":{\"Q01\":[\"opt1\"]}}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("accepted").asBoolean()).isTrue();
        JsonNode second = server.get("/api/tickets/SHOP-1/interview").body();
        assertThat(second.get("questions").get(0).get("answer").get("selectedOptionIds").get(0).asText())
                .isEqualTo("opt1");
        assertThat(second.get("questions").get(1).get("status").asText()).isEqualTo("current");
        assertThat(server.post("/api/tickets/SHOP-9/answer-batch", "{}").status()).isEqualTo(404);
    }

    @Test
    void editingAnAnswerReturnsTheQuestions() throws Exception {
        interviewing(reply(BATCH_1), reply(BATCH_2));
        server.post("/api/tickets/SHOP-1/answer-batch", "{\"selectedOptions\":{\"Q01\":[\"opt1\"]}}");

        TestServer.Reply edited = server.patch("/api/tickets/SHOP-1/edit-answer",
                "{\"questionId\":\"Q01\",\"answer\":\"Staff too\",\"selectedOptionIds\":[\"opt2\"]}");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("success").asBoolean()).isTrue();
        JsonNode answer = edited.body().get("questions").get(0).get("answer");
        assertThat(answer.get("freeText").asText()).isEqualTo("Staff too");
        assertThat(answer.get("selectedOptionIds").get(0).asText()).isEqualTo("opt2");
        TestServer.Reply unknown = server.patch("/api/tickets/SHOP-1/edit-answer",
                "{\"questionId\":\"Q02\",\"answer\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("No existing answer for question Q02");
        TestServer.Reply invalid = server.patch("/api/tickets/SHOP-1/edit-answer", "{\"questionId\":\"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.error()).isEqualTo("Invalid payload");
    }

    @Test
    void aFailedTurnPutsTheBatchBackAndShowsTheError() throws Exception {
        interviewing(reply(BATCH_1), fail(RuntimeFailureKind.PROVIDER_LIMIT));

        assertThat(server.post("/api/tickets/SHOP-1/answer-batch", "{\"answers\":{\"Q01\":\"x\"}}").status())
                .isEqualTo(202);

        JsonNode interview = server.get("/api/tickets/SHOP-1/interview").body();
        assertThat(interview.get("lastError").asText()).contains("PROVIDER_LIMIT");
        assertThat(interview.get("questions").get(0).get("status").asText()).isEqualTo("current");
        assertThat(ticket().status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_ANSWERS);
    }

    @Test
    void theOldAnswerRouteIsGone() throws Exception {
        TestServer.Reply gone = server.post("/api/tickets/SHOP-1/answer", "{}");

        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.error()).contains("Use /answer-batch instead");
        assertThat(gone.body().get("ticketId").asText()).isEqualTo("1:SHOP-1");
        assertThat(gone.body().get("status").asText()).isEqualTo("COMPILING_INTERVIEW");
        assertThat(server.post("/api/tickets/SHOP-9/answer", "{}").status()).isEqualTo(404);
    }

    @Test
    void skippingGoesToTheGateWhereTheDocumentIsEditedAndApprovedByItsHash() throws Exception {
        interviewing(reply(BATCH_1));
        assertThat(server.put("/api/tickets/SHOP-1/interview", "{\"content\":\"x\"}").status()).isEqualTo(409);

        TestServer.Reply skipped = server.post("/api/tickets/SHOP-1/skip", "{\"answers\":{\"Q01\":\"Owners\"}}");

        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.body().get("status").asText()).isEqualTo("WAITING_INTERVIEW_APPROVAL");
        assertThat(server.post("/api/tickets/SHOP-1/answer-batch", "{}").status()).isEqualTo(409);
        JsonNode interview = server.get("/api/tickets/SHOP-1/interview").body();
        String raw = interview.get("raw").asText();
        String reviewed = interview.get("contentSha256").asText();
        assertThat(interview.get("document").get("status").asText()).isEqualTo("draft");

        TestServer.Reply badRaw = server.put("/api/tickets/SHOP-1/interview", "{\"content\":\"schema_version: 2\"}");
        assertThat(badRaw.status()).isEqualTo(400);
        assertThat(badRaw.error()).isEqualTo("Invalid interview document payload");
        TestServer.Reply savedRaw = server.put("/api/tickets/SHOP-1/interview", "{\"content\":"
                + TestServer.JSON.writeValueAsString(raw.replace("goals: []", "goals: [Fast]")) + "}");
        assertThat(savedRaw.status()).isEqualTo(200);
        assertThat(savedRaw.body().get("success").asBoolean()).isTrue();
        assertThat(savedRaw.body().get("document").get("summary").get("goals").get(0).asText()).isEqualTo("Fast");
        assertThat(savedRaw.body().get("ticket").get("status").asText()).isEqualTo("WAITING_INTERVIEW_APPROVAL");

        TestServer.Reply stale = server.post("/api/tickets/SHOP-1/approve-interview",
                "{\"expectedContentSha256\":\"" + reviewed + "\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("Stale approval");
        assertThat(stale.body().get("artifactType").asText()).isEqualTo("interview");
        assertThat(stale.body().get("expectedContentSha256").asText()).isEqualTo(reviewed);
        assertThat(stale.body().get("currentContentSha256").asText())
                .isEqualTo(savedRaw.body().get("contentSha256").asText());

        TestServer.Reply badAnswers = server.put("/api/tickets/SHOP-1/interview-answers", "{\"questions\":[]}");
        assertThat(badAnswers.status()).isEqualTo(400);
        assertThat(badAnswers.error()).isEqualTo("Invalid interview answer payload");
        TestServer.Reply savedAnswers = server.put("/api/tickets/SHOP-1/interview-answers",
                "{\"questions\":[{\"id\":\"Q02\",\"answer\":{\"skipped\":false,\"free_text\":\"id, total\"}}]}");
        assertThat(savedAnswers.status()).isEqualTo(200);
        String current = savedAnswers.body().get("contentSha256").asText();

        TestServer.Reply badHash = server.post("/api/tickets/SHOP-1/approve-interview",
                "{\"expectedContentSha256\":\"ABC\"}");
        assertThat(badHash.status()).isEqualTo(400);
        assertThat(badHash.error()).isEqualTo("Invalid approval payload");
        TestServer.Reply approved = server.post("/api/tickets/SHOP-1/approve",
                "{\"expectedContentSha256\":\"" + current + "\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("DRAFTING_PRD");
        assertThat(server.get("/api/tickets/SHOP-1/interview").body().get("document").get("approval")
                .get("approved_by").asText()).isEqualTo("user");
        assertThat(server.get("/api/tickets/SHOP-1/artifacts").body().toString()).contains("approval_receipt");

        TestServer.Reply notAtAGate = server.post("/api/tickets/SHOP-1/approve", "garbage-is-not-read");
        assertThat(notAtAGate.status()).isIn(400, 409);
        assertThat(server.post("/api/tickets/SHOP-1/approve", "{}").error())
                .isEqualTo("Ticket is not in an approval state");
        // An edit after approval restarts planning from the PRD with the edited version, approved.
        TestServer.Reply edited = server.put("/api/tickets/SHOP-1/interview-answers",
                "{\"questions\":[{\"id\":\"Q02\",\"answer\":{\"skipped\":true,\"free_text\":\"\"}}]}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("ticket").get("status").asText()).isEqualTo("DRAFTING_PRD");
        assertThat(server.get("/api/tickets/SHOP-1/interview").body().get("document").get("status").asText())
                .isEqualTo("approved");
        advance(TicketEventType.DRAFTS_READY, TicketEventType.WINNER_SELECTED, TicketEventType.REFINED,
                TicketEventType.COVERAGE_CLEAN);
        // The PRD gate reads its own body (see PrdRoutesTest).
        TestServer.Reply prdGate = server.post("/api/tickets/SHOP-1/approve", "{}");
        assertThat(prdGate.status()).isEqualTo(400);
        assertThat(prdGate.error()).isEqualTo("Invalid approval payload");
    }

    @Test
    void theGenericApprovalChecksTheStatusBeforeTheBody() throws Exception {
        TestServer.Reply early = server.post("/api/tickets/SHOP-1/approve", "{\"expectedContentSha256\":5}");

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.error()).isEqualTo("Ticket is not in an approval state");
        TestServer.Reply specific = server.post("/api/tickets/SHOP-1/approve-interview",
                "{\"expectedContentSha256\":5}");
        assertThat(specific.status()).isEqualTo(400);
        assertThat(server.post("/api/tickets/SHOP-9/approve", "{}").status()).isEqualTo(404);
    }

    private Ticket ticket() {
        return server.repositories.tickets().findAll(java.util.Optional.empty()).get(0);
    }

    private void advance(TicketEventType... types) {
        for (TicketEventType type : types) {
            transitions.apply(ticketId, TicketEvent.of(type));
        }
    }

    private void store(TicketStatus phase, String type, String content) {
        int attempt = server.repositories.attempts().findActive(ticketId, phase).orElseThrow().attemptNumber();
        server.repositories.artifacts().upsertLatest(new ArtifactRepository.NewArtifact(ticketId, phase, attempt,
                type, content, server.clock.instant()));
    }
}
