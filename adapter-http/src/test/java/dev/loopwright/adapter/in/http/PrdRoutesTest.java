package dev.loopwright.adapter.in.http;

import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PRD gate and the planning files on a real server: each success shape and each documented refusal. */
class PrdRoutesTest {
    static final String INTERVIEW = """
            schema_version: 1
            ticket_id: SHOP-1
            artifact: interview
            status: approved
            generated_by:
              winner_model: openai/gpt-5
              generated_at: "1970-01-01T00:00:00Z"
              canonicalization: server_normalized
            questions:
              - id: Q01
                phase: foundation
                prompt: Which orders go into the export?
                source: compiled
                follow_up_round: null
                answer_type: free_text
                options: []
                answer:
                  skipped: false
                  selected_option_ids: []
                  free_text: All orders of last month
                  answered_by: user
                  answered_at: "1970-01-01T00:00:00Z"
            follow_up_rounds: []
            summary:
              goals: []
              constraints: []
              non_goals: []
              final_free_form_answer: ""
            approval:
              approved_by: user
              approved_at: "1970-01-01T00:00:00Z"
            """;
    static final String PRD = """
            schema_version: 1
            ticket_id: SHOP-1
            artifact: prd
            status: draft
            source_interview:
              content_sha256: %s
            product:
              problem_statement: Owners cannot get their orders out
              target_users:
              - shop owners
            scope:
              in_scope:
              - CSV export
              out_of_scope: []
            technical_requirements:
              architecture_constraints: []
              data_model: []
              api_contracts: []
              security_constraints: []
              performance_constraints: []
              reliability_constraints: []
              error_handling_rules: []
              tooling_assumptions: []
            epics:
            - id: EPIC-1
              title: Export
              objective: Owners download a CSV
              implementation_steps: []
              user_stories:
              - id: US-1-1
                title: Download
                acceptance_criteria:
                - The file has a header row
                implementation_steps: []
                verification:
                  required_commands:
                  - mvn test
            risks: []
            approval:
              approved_by: ""
              approved_at: ""
            """.formatted("ab".repeat(32));

    @TempDir
    Path temp;
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private TestServer server;
    private TicketTransitionService transitions;
    private TicketId ticketId;

    /** A ticket whose PRD passed coverage with one gap left, waiting for approval. */
    @BeforeEach
    void ticketAtThePrdGate() throws Exception {
        server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, runtime);
        transitions = TestServer.transitions(server.repositories, server.clock);
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Export orders\"}");
        ticketId = server.repositories.tickets().findAll(java.util.Optional.empty()).get(0).id();
        transitions.apply(ticketId, TestSettings.start());
        advance(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY,
                TicketEventType.WINNER_SELECTED, TicketEventType.READY);
        store(TicketStatus.WAITING_INTERVIEW_ANSWERS, "interview", INTERVIEW);
        advance(TicketEventType.INTERVIEW_COMPLETE, TicketEventType.COVERAGE_CLEAN, TicketEventType.APPROVE,
                TicketEventType.DRAFTS_READY, TicketEventType.WINNER_SELECTED);
        store(TicketStatus.DRAFTING_PRD, "prd_full_answers", TestServer.JSON.createObjectNode()
                .put(TestSettings.OTHER.value(), INTERVIEW).toString());
        store(TicketStatus.REFINING_PRD, "prd_refinement", "{\"winner\":\"" + TestSettings.OTHER.value()
                + "\",\"changes\":[],\"warnings\":[]}");
        store(TicketStatus.REFINING_PRD, "prd_candidate_v1", PRD);
        advance(TicketEventType.REFINED);
        store(TicketStatus.VERIFYING_PRD_COVERAGE, "prd", PRD);
        store(TicketStatus.VERIFYING_PRD_COVERAGE, "prd_coverage", "{\"candidateVersion\":1,\"outcome\":"
                + "\"limit_reached\",\"hasRemainingGaps\":true,\"gaps\":[\"Empty months are not covered\"]}");
        advance(TicketEventType.COVERAGE_LIMIT_REACHED);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePrdFileShowsItsContentHashAndCoverage() throws Exception {
        JsonNode file = server.get("/api/files/SHOP-1/prd").body();

        assertThat(file.get("content").asText()).isEqualTo(PRD);
        assertThat(file.get("exists").asBoolean()).isTrue();
        assertThat(file.get("contentSha256").asText()).hasSize(64);
        assertThat(file.get("coverage").get("hasRemainingGaps").asBoolean()).isTrue();
        assertThat(server.get("/api/files/SHOP-1/interview").body().get("content").asText()).isEqualTo(INTERVIEW);
        TestServer.Reply badFile = server.get("/api/files/NOPE-9/beads");
        assertThat(badFile.status()).isEqualTo(400);
        assertThat(badFile.error()).isEqualTo("Invalid file type. Must be one of: interview, prd");
        assertThat(server.get("/api/files/NOPE-9/prd").status()).isEqualTo(404);
    }

    @Test
    void approvalChecksTheBodyThenTheHashAndRepeatingItChangesNothing() throws Exception {
        String hash = server.get("/api/files/SHOP-1/prd").body().get("contentSha256").asText();
        TestServer.Reply malformed = server.post("/api/tickets/SHOP-1/approve-prd", "{\"expectedContentSha256\":1}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error()).isEqualTo("Invalid approval payload");
        assertThat(server.post("/api/tickets/SHOP-1/approve-prd", "{\"expectedContentSha256\":\"" + hash
                + "\",\"extra\":1}").status()).isEqualTo(400);

        TestServer.Reply stale = server.post("/api/tickets/SHOP-1/approve-prd",
                "{\"expectedContentSha256\":\"" + "f".repeat(64) + "\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("Stale approval");
        assertThat(stale.body().get("artifactType").asText()).isEqualTo("prd");
        assertThat(stale.body().get("currentContentSha256").asText()).isEqualTo(hash);
        assertThat(status()).isEqualTo("WAITING_PRD_APPROVAL");
        assertThat(server.get("/api/files/SHOP-1/prd").body().get("content").asText()).isEqualTo(PRD);

        TestServer.Reply approved = server.post("/api/tickets/SHOP-1/approve-prd",
                "{\"expectedContentSha256\":\"" + hash + "\"}");
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("DRAFTING_BEADS");
        String stamped = server.get("/api/files/SHOP-1/prd").body().get("content").asText();
        assertThat(stamped).contains("status: approved", "approved_by: user");

        TestServer.Reply again = server.post("/api/tickets/SHOP-1/approve-prd",
                "{\"expectedContentSha256\":\"" + hash + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(status()).isEqualTo("DRAFTING_BEADS");
        assertThat(server.get("/api/files/SHOP-1/prd").body().get("content").asText()).isEqualTo(stamped);
    }

    @Test
    void theGenericApproveRouteApprovesThePrdGate() throws Exception {
        String hash = server.get("/api/files/SHOP-1/prd").body().get("contentSha256").asText();
        assertThat(server.post("/api/tickets/SHOP-1/approve", "{}").status()).isEqualTo(400);

        TestServer.Reply approved = server.post("/api/tickets/SHOP-1/approve",
                "{\"expectedContentSha256\":\"" + hash + "\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("DRAFTING_BEADS");
        TestServer.Reply notAGate = server.post("/api/tickets/SHOP-1/approve",
                "{\"expectedContentSha256\":\"" + hash + "\"}");
        assertThat(notAGate.status()).isEqualTo(409);
        assertThat(notAGate.error()).isEqualTo("Ticket is not in an approval state");
    }

    @Test
    void aPrdEditIsValidatedStrictlyAndChangesTheHash() throws Exception {
        String before = server.get("/api/files/SHOP-1/prd").body().get("contentSha256").asText();

        TestServer.Reply saved = server.put("/api/files/SHOP-1/prd", "{\"content\":"
                + TestServer.JSON.writeValueAsString(PRD.replace("Owners download a CSV", "Owners get a file")) + "}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("success").asBoolean()).isTrue();
        assertThat(saved.body().get("content").asText()).contains("Owners get a file");
        assertThat(saved.body().get("contentSha256").asText()).isNotEqualTo(before);
        assertThat(saved.body().get("ticket").get("status").asText()).isEqualTo("WAITING_PRD_APPROVAL");
        String after = saved.body().get("content").asText();

        TestServer.Reply wrongField = server.put("/api/files/SHOP-1/prd", "{\"content\":"
                + TestServer.JSON.writeValueAsString(PRD.replace("risks: []", "risks: []\ncolour: red")) + "}");
        assertThat(wrongField.status()).isEqualTo(400);
        assertThat(wrongField.error()).isEqualTo("Invalid PRD document payload");
        assertThat(wrongField.body().get("details").get(0).get("field").asText()).isEqualTo("colour");
        assertThat(server.put("/api/files/SHOP-1/prd", "{\"content\":\"epics: [\"}").status()).isEqualTo(400);
        assertThat(server.put("/api/files/SHOP-1/prd", "{\"content\":\"a\",\"document\":{}}").status())
                .isEqualTo(400);
        assertThat(server.put("/api/files/SHOP-1/prd", "{\"document\":[1]}").status()).isEqualTo(400);
        assertThat(server.put("/api/files/SHOP-1/prd", "[]").status()).isEqualTo(400);
        assertThat(server.get("/api/files/SHOP-1/prd").body().get("content").asText()).isEqualTo(after);

        JsonNode asJson = TestServer.JSON.valueToTree(new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(PRD));
        TestServer.Reply structured = server.put("/api/files/SHOP-1/prd",
                TestServer.JSON.createObjectNode().set("document", asJson).toString());
        assertThat(structured.status()).isEqualTo(200);
        assertThat(structured.body().get("content").asText()).contains("Owners download a CSV");
    }

    @Test
    void editsAfterApprovalAreApprovedVersionsThatRestartPlanning() throws Exception {
        String hash = server.get("/api/files/SHOP-1/prd").body().get("contentSha256").asText();
        server.post("/api/tickets/SHOP-1/approve-prd", "{\"expectedContentSha256\":\"" + hash + "\"}");

        TestServer.Reply prd = server.put("/api/files/SHOP-1/prd", "{\"content\":"
                + TestServer.JSON.writeValueAsString(PRD) + "}");
        assertThat(prd.status()).as(prd.body().toString()).isEqualTo(200);
        assertThat(prd.body().get("status").asText()).isEqualTo("DRAFTING_BEADS");
        assertThat(prd.body().get("content").asText()).contains("status: approved");

        assertThat(server.get("/api/tickets/SHOP-1/phases/DRAFTING_BEADS/attempts").body().toString())
                .contains("\"state\":\"archived\",\"archivedReason\":\"planning_restart\"",
                        "\"attemptNumber\":2,\"state\":\"active\"");
    }

    @Test
    void theGapFixChecksItsBodyAndWithAModelThatFailsChangesNothing() throws Exception {
        assertThat(server.post("/api/tickets/SHOP-1/coverage/fix-gaps", "{}").error())
                .isEqualTo("Invalid coverage fix payload");
        assertThat(server.post("/api/tickets/SHOP-1/coverage/fix-gaps", "{\"domain\":\"qa\"}").status())
                .isEqualTo(400);
        assertThat(server.post("/api/tickets/SHOP-1/coverage/fix-gaps", "{\"domain\":\"beads\"}").status())
                .isEqualTo(409);
        runtime.on(TestSettings.MAIN, reply("no PRD here"));

        TestServer.Reply failed = server.post("/api/tickets/SHOP-1/coverage/fix-gaps", "{\"domain\":\"prd\"}");

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.error()).startsWith("Failed to fix coverage gaps");
        assertThat(server.get("/api/files/SHOP-1/prd").body().get("content").asText()).isEqualTo(PRD);
        assertThat(status()).isEqualTo("WAITING_PRD_APPROVAL");
    }

    @Test
    void theGapFixWithNothingLeftToFixIsANoOp() throws Exception {
        store(TicketStatus.VERIFYING_PRD_COVERAGE, "prd_coverage", "{\"candidateVersion\":1,\"outcome\":"
                + "\"clean\",\"hasRemainingGaps\":false,\"gaps\":[]}");

        TestServer.Reply fixed = server.post("/api/tickets/SHOP-1/coverage/fix-gaps", "{\"domain\":\"prd\"}");

        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.body().get("message").asText()).isEqualTo("No open coverage gaps remain");
        assertThat(fixed.body().get("result").get("fixed").asBoolean()).isFalse();
        assertThat(runtime.prompts()).isEmpty();
    }

    private String status() throws Exception {
        return server.get("/api/tickets/SHOP-1").body().get("status").asText();
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
