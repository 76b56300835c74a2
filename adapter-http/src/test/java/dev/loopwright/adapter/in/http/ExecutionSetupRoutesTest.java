package dev.loopwright.adapter.in.http;

import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution setup plan routes on a real server: each success shape and each documented refusal. */
class ExecutionSetupRoutesTest {
    static final String PLAN = """
            {"summary": "Install the locked dependencies",
             "readiness": {"status": "partial", "actions_required": true, "evidence": [], "gaps": ["no node_modules"]},
             "steps": [{"id": "install", "title": "Install", "purpose": "dependencies", "commands": ["npm ci"],
                        "required": true, "rationale": "the tests need them", "cautions": []}],
             "project_commands": {"prepare": ["npm ci"], "test_full": ["npm test"], "lint_full": [],
                                  "typecheck_full": []}}
            """;
    private static final String BASE = "/api/tickets/SHOP-1/";
    private static final TicketStatus GATE = TicketStatus.WAITING_EXECUTION_SETUP_APPROVAL;

    @TempDir
    Path temp;
    private final ScriptedModelRuntime runtime = new ScriptedModelRuntime();
    private TestServer server;
    private Ticket ticket;

    @BeforeEach
    void aTicketAtTheSetupGate() throws Exception {
        server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, runtime);
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        Files.createDirectories(new FolderGitWorkspace().workingCopyOf(repo, "SHOP-1"));
        server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Export orders\"}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Another\"}");
        ticket = TicketAt.status(server.repositories, find("SHOP-1"), GATE, TestSettings.locked(),
                server.clock.instant());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePlanIsShownWithItsHashOnceDrafted() throws Exception {
        JsonNode before = server.get(BASE + "execution-setup-plan").body();
        assertThat(before.get("exists").asBoolean()).isFalse();
        assertThat(before.get("raw").isNull()).isTrue();

        drafted();

        TestServer.Reply reply = server.get(BASE + "execution-setup-plan");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("exists").asBoolean()).isTrue();
        assertThat(reply.body().get("drafting").asBoolean()).isFalse();
        assertThat(reply.body().get("contentSha256").asText()).hasSize(64);
        assertThat(reply.body().get("plan").get("steps").get(0).get("commands").get(0).asText()).isEqualTo("npm ci");
        assertThat(reply.body().get("raw").asText()).contains("\"artifact\" : \"execution_setup_plan\"");
        assertThat(server.get("/api/tickets/SHOP-9/execution-setup-plan").status()).isEqualTo(404);
    }

    @Test
    void approvalWithTheReviewedHashMovesOnAndRepeatingItIsHarmless() throws Exception {
        drafted();
        String hash = hash();

        TestServer.Reply approved = server.post(BASE + "approve-execution-setup-plan", approval(hash));
        TestServer.Reply again = server.post(BASE + "approve-execution-setup-plan", approval(hash));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("PREPARING_EXECUTION_ENV");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("workflowRevision")).isEqualTo(approved.body().get("workflowRevision"));
        assertThat(server.repositories.artifacts().count(ticket.id(), GATE, 1, "approval_receipt")).isEqualTo(1);
        TestServer.Reply edit = server.put(BASE + "execution-setup-plan", "{\"plan\":" + PLAN + "}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.error()).contains("not implemented in this version");
    }

    @Test
    void aStaleApprovalIsAConflictAndChangesNothing() throws Exception {
        drafted();
        String stale = "0".repeat(64);

        TestServer.Reply reply = server.post(BASE + "approve-execution-setup-plan", approval(stale));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("Stale approval");
        assertThat(reply.body().get("expectedContentSha256").asText()).isEqualTo(stale);
        assertThat(reply.body().get("currentContentSha256").asText()).isEqualTo(hash());
        assertThat(find("SHOP-1").status()).isEqualTo(GATE);
        assertThat(server.repositories.artifacts().count(ticket.id(), GATE, 1, "approval_receipt")).isZero();
    }

    @Test
    void theGenericApproveRouteApprovesAtThisGate() throws Exception {
        drafted();

        TestServer.Reply reply = server.post(BASE + "approve", approval(hash()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").asText()).isEqualTo("PREPARING_EXECUTION_ENV");
    }

    @Test
    void approvalRefusesBadBodiesAndOtherStatuses() throws Exception {
        assertThat(server.post(BASE + "approve-execution-setup-plan", approval("0".repeat(64))).error())
                .isEqualTo("Execution setup plan is not ready yet");
        drafted();
        for (String body : new String[] {"", "{}", "{\"expectedContentSha256\":\"ABC\"}",
                "{\"expectedContentSha256\":\"" + hash() + "\",\"x\":1}", "[1]"}) {
            TestServer.Reply reply = server.post(BASE + "approve-execution-setup-plan", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
        }
        TestServer.Reply draft = server.post("/api/tickets/SHOP-2/approve-execution-setup-plan", approval(hash()));
        assertThat(draft.status()).isEqualTo(409);
        assertThat(draft.error()).isEqualTo("Ticket is not waiting for execution setup plan approval");
        assertThat(find("SHOP-1").status()).isEqualTo(GATE);
    }

    @Test
    void anEditIsSavedCanonicallyAsTextOrAsAPlan() throws Exception {
        drafted();
        String before = hash();

        TestServer.Reply structured = server.put(BASE + "execution-setup-plan", "{\"plan\":"
                + PLAN.replace("\"npm ci\"]", "\"npm ci --ignore-scripts\"]") + "}");
        TestServer.Reply raw = server.put(BASE + "execution-setup-plan", "{\"content\":"
                + TestServer.JSON.writeValueAsString("<EXECUTION_SETUP_PLAN>\n" + PLAN + "</EXECUTION_SETUP_PLAN>")
                + "}");

        assertThat(structured.status()).isEqualTo(200);
        assertThat(structured.body().get("success").asBoolean()).isTrue();
        assertThat(structured.body().get("raw").asText()).contains("npm ci --ignore-scripts");
        assertThat(structured.body().get("contentSha256").asText()).isNotEqualTo(before);
        assertThat(structured.body().get("ticket").get("status").asText()).isEqualTo(GATE.name());
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.body().get("contentSha256").asText()).isEqualTo(before);
    }

    @Test
    void anInvalidEditIsRefusedWithEveryProblemAndNothingChanges() throws Exception {
        drafted();
        String before = hash();

        TestServer.Reply invalid = server.put(BASE + "execution-setup-plan", "{\"plan\":" + PLAN
                .replace("\"partial\"", "\"ready\"").replace("\"npm ci\"]", "\"npm ci\\nrm -rf /\"]") + "}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.error()).isEqualTo("Invalid execution setup plan payload");
        assertThat(invalid.body().get("details").toString()).contains("must be one line",
                "a ready plan must not require actions");
        for (String body : new String[] {"", "{}", "{\"content\":\"x\",\"plan\":{}}", "{\"plan\":[1]}",
                "{\"content\":7}", "{\"plan\":{\"summary\":\"x\",\"rogue\":1}}", "{\"content\":\"no plan here\"}"}) {
            TestServer.Reply reply = server.put(BASE + "execution-setup-plan", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
        }
        assertThat(hash()).isEqualTo(before);
        assertThat(server.put("/api/tickets/SHOP-2/execution-setup-plan", "{\"plan\":" + PLAN + "}").status())
                .isEqualTo(409);
    }

    @Test
    void regenerationTakesTheCommentaryAndTheNewPlanReplacesTheOld() throws Exception {
        drafted(reply(PLAN), reply(PLAN.replace("npm ci", "pnpm install")));
        String before = hash();

        TestServer.Reply reply = server.post(BASE + "regenerate-execution-setup-plan",
                "{\"commentary\":\"We use pnpm.\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("success").asBoolean()).isTrue();
        assertThat(reply.body().get("status").asText()).isEqualTo(GATE.name());
        assertThat(runtime.prompts().get(1).text()).contains("We use pnpm.", "\"npm ci\"");
        assertThat(hash()).isNotEqualTo(before);
        assertThat(server.get(BASE + "execution-setup-plan").body().get("raw").asText()).contains("pnpm install");
        for (String body : new String[] {"", "{}", "{\"commentary\":\"  \"}", "{\"commentary\":3}",
                "{\"commentary\":\"x\",\"plan\":{}}"}) {
            assertThat(server.post(BASE + "regenerate-execution-setup-plan", body).status()).as(body).isEqualTo(400);
        }
        assertThat(server.post("/api/tickets/SHOP-2/regenerate-execution-setup-plan", "{\"commentary\":\"x\"}")
                .status()).isEqualTo(409);
    }

    private void drafted(ScriptedModelRuntime.Step... steps) throws Exception {
        runtime.on(TestSettings.MAIN, steps.length == 0 ? new ScriptedModelRuntime.Step[] {reply(PLAN)} : steps);
        server.executionSetup.handlers().get(GATE).run(new PhaseContext(ticket.id(), GATE, new Cancellation()));
    }

    private String hash() throws Exception {
        return server.get(BASE + "execution-setup-plan").body().get("contentSha256").asText();
    }

    private static String approval(String hash) {
        return "{\"expectedContentSha256\":\"" + hash + "\"}";
    }

    private Ticket find(String ref) {
        return server.repositories.tickets().findByExternalId(ExternalId.parse(ref)).orElseThrow();
    }
}
