package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.beads.BeadsArtifacts;
import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.service.TicketTransitionService;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadBlueprint;
import dev.loopwright.domain.bead.BeadExpansion;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.bead.ContextGuidance;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bead routes on a real server over a plan stored as the expansion stores it. */
class BeadsRoutesTest {
    @TempDir
    Path temp;
    private TestServer server;
    private TicketTransitionService transitions;
    private TicketId ticketId;
    private String plan;

    @BeforeEach
    void ticketAtTheBeadsGate() throws Exception {
        server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, TestServer.MODELS);
        transitions = TestServer.transitions(server.repositories, server.clock);
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Export orders\"}");
        ticketId = ticket().id();
        transitions.apply(ticketId, TestSettings.start());
        advance(TicketEventType.RELEVANT_FILES_READY, TicketEventType.QUESTIONS_READY, TicketEventType.WINNER_SELECTED,
                TicketEventType.READY, TicketEventType.INTERVIEW_COMPLETE, TicketEventType.COVERAGE_CLEAN,
                TicketEventType.APPROVE, TicketEventType.DRAFTS_READY, TicketEventType.WINNER_SELECTED,
                TicketEventType.REFINED, TicketEventType.COVERAGE_CLEAN, TicketEventType.APPROVE,
                TicketEventType.DRAFTS_READY, TicketEventType.WINNER_SELECTED, TicketEventType.REFINED,
                TicketEventType.COVERAGE_CLEAN);
        plan = BeadsJsonl.write(new BeadPlan(List.of(bead("add-model", 1), bead("add-export", 2, "add-model")))
                .withDerivedBlocks());
        store(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.PLAN, plan);
        advance(TicketEventType.EXPANDED);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theBeadsComeAsAnArrayWithTheHashOfThePlan() throws Exception {
        TestServer.Reply reply = server.get("/api/tickets/SHOP-1/beads");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().headers().firstValue("X-Content-Sha256")).hasValue(ContentHash.of(plan).hex());
        assertThat(reply.body()).hasSize(2);
        assertThat(reply.body().get(0).get("id").asText()).isEqualTo("add-model");
        assertThat(reply.body().get(0).get("dependencies").get("blocks").get(0).asText()).isEqualTo("add-export");
        assertThat(reply.body().get(1).get("status").asText()).isEqualTo("pending");

        TestServer.Reply otherFlow = server.get("/api/tickets/SHOP-1/beads?flow=release/2.0");
        assertThat(otherFlow.body()).isEmpty();
        assertThat(otherFlow.raw().headers().firstValue("X-Content-Sha256")).hasValue(ContentHash.of("").hex());
        TestServer.Reply badFlow = server.get("/api/tickets/SHOP-1/beads?flow=../etc");
        assertThat(badFlow.status()).isEqualTo(400);
        assertThat(badFlow.error()).isEqualTo("Invalid flow parameter");
        assertThat(server.get("/api/tickets/SHOP-9/beads").status()).isEqualTo(404);
    }

    @Test
    void aValidReplacementIsStoredCanonicallyAndChangesTheHash() throws Exception {
        ArrayNode beads = (ArrayNode) server.get("/api/tickets/SHOP-1/beads").body();
        ((ObjectNode) beads.get(1)).put("title", "Export with a header row");

        TestServer.Reply saved = server.put("/api/tickets/SHOP-1/beads", beads.toString());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("success").asBoolean()).isTrue();
        String hash = saved.raw().headers().firstValue("X-Content-Sha256").orElseThrow();
        assertThat(hash).isNotEqualTo(ContentHash.of(plan).hex());
        assertThat(server.get("/api/tickets/SHOP-1/beads").body().get(1).get("title").asText())
                .isEqualTo("Export with a header row");
    }

    @Test
    void invalidReplacementsAre400WithWhatIsWrongAndNothingChanges() throws Exception {
        ArrayNode beads = (ArrayNode) server.get("/api/tickets/SHOP-1/beads").body();
        ArrayNode cycle = beads.deepCopy();
        ((ArrayNode) cycle.get(0).get("dependencies").get("blocked_by")).add("add-export");
        ArrayNode unknown = beads.deepCopy();
        ((ArrayNode) unknown.get(1).get("dependencies").get("blocked_by")).add("ghost");
        ArrayNode duplicate = beads.deepCopy();
        ((ObjectNode) duplicate.get(1)).put("id", "add-model");
        ArrayNode badStatus = beads.deepCopy();
        ((ObjectNode) badStatus.get(0)).put("status", "finished");

        assertInvalid(cycle.toString(), "dependency cycle");
        assertInvalid(unknown.toString(), "unknown bead ghost");
        assertInvalid(duplicate.toString(), "duplicate bead id add-model");
        assertInvalid(badStatus.toString(), "status");
        assertInvalid("{\"beads\":[]}", "JSON array");
        assertInvalid("[1, 2]", "must be an object");
        assertInvalid("[]", "at least one bead");
        for (String weird : new String[] {
                "[{\"id\":5,\"title\":[],\"status\":\"pending\",\"priority\":1,\"dependencies\":"
                        + "{\"blocked_by\":[1]},\"prdRefs\":\"x\",\"labels\":[null]}]",
                "[{\"id\":\"a\",\"title\":\"A\",\"status\":\"pending\",\"priority\":0,\"dependencies\":"
                        + "{\"blocked_by\":\"b\"},\"contextGuidance\":\"be good\",\"iteration\":\"x\","
                        + "\"failedIterationNotes\":[{\"timestamp\":\"never\"}],\"createdAt\":\"yesterday\"}]",
                "[{\"id\":\"a\",\"title\":\"A\",\"status\":null,\"priority\":1.5,\"dependencies\":null,"
                        + "\"targetFiles\":[\"/etc/passwd\"],\"beadStartCommit\":\"zz\",\"userRetryNotes\":7}]",
                "[null]", "[[]]", "[\"x\"]"}) {
            TestServer.Reply reply = server.put("/api/tickets/SHOP-1/beads", weird);
            assertThat(reply.status()).as(weird + " " + reply.body()).isEqualTo(400);
        }
        TestServer.Reply notJson = server.put("/api/tickets/SHOP-1/beads", "not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error()).isEqualTo("Invalid JSON in request body");
        assertThat(server.get("/api/tickets/SHOP-1/beads").raw().headers().firstValue("X-Content-Sha256"))
                .hasValue(ContentHash.of(plan).hex());
    }

    @Test
    void aStaleApprovalIs409AndNothingChanges() throws Exception {
        TestServer.Reply stale = server.post("/api/tickets/SHOP-1/approve-beads",
                "{\"expectedContentSha256\":\"" + ContentHash.of("old").hex() + "\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("Stale approval");
        assertThat(stale.body().get("artifactType").asText()).isEqualTo("beads");
        assertThat(stale.body().get("currentContentSha256").asText()).isEqualTo(ContentHash.of(plan).hex());
        assertThat(ticket().status()).isEqualTo(TicketStatus.WAITING_BEADS_APPROVAL);
        assertThat(server.get("/api/tickets/SHOP-1/beads").raw().headers().firstValue("X-Content-Sha256"))
                .hasValue(ContentHash.of(plan).hex());
    }

    @Test
    void approvalMovesToPreFlightAndARepeatIsHarmless() throws Exception {
        String body = "{\"expectedContentSha256\":\"" + ContentHash.of(plan).hex() + "\"}";

        TestServer.Reply approved = server.post("/api/tickets/SHOP-1/approve-beads", body);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("PRE_FLIGHT_CHECK");
        JsonNode stamped = server.get("/api/tickets/SHOP-1/beads").body();
        assertThat(stamped.get(0).get("createdAt").asText()).isEqualTo(server.clock.instant().toString());

        TestServer.Reply again = server.post("/api/tickets/SHOP-1/approve-beads", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("status").asText()).isEqualTo("PRE_FLIGHT_CHECK");
        assertThat(server.get("/api/tickets/SHOP-1/beads").body()).isEqualTo(stamped);

        TestServer.Reply edit = server.put("/api/tickets/SHOP-1/beads", stamped.toString());
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void theGenericApproveRouteApprovesAtTheBeadsGate() throws Exception {
        TestServer.Reply approved = server.post("/api/tickets/SHOP-1/approve",
                "{\"expectedContentSha256\":\"" + ContentHash.of(plan).hex() + "\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(ticket().status()).isEqualTo(TicketStatus.PRE_FLIGHT_CHECK);
        assertThat(server.post("/api/tickets/SHOP-1/approve", "{\"expectedContentSha256\":\""
                + ContentHash.of(plan).hex() + "\"}").status()).isEqualTo(409);
    }

    @Test
    void malformedApprovalBodiesAre400AndAWrongStatusIs409() throws Exception {
        for (String body : new String[] {"{}", "{\"expectedContentSha256\":\"abc\"}",
                "{\"expectedContentSha256\":5}", "{\"expectedContentSha256\":\"" + "a".repeat(64) + "\",\"x\":1}",
                "[]", "nope"}) {
            TestServer.Reply reply = server.post("/api/tickets/SHOP-1/approve-beads", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
        }
        assertThat(ticket().status()).isEqualTo(TicketStatus.WAITING_BEADS_APPROVAL);

        server.post("/api/tickets/SHOP-2/approve-beads", "{}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Another\"}");
        TestServer.Reply draft = server.post("/api/tickets/SHOP-2/approve-beads",
                "{\"expectedContentSha256\":\"" + ContentHash.of(plan).hex() + "\"}");
        assertThat(draft.status()).isEqualTo(409);
        TestServer.Reply edit = server.put("/api/tickets/SHOP-2/beads", "[]");
        assertThat(edit.status()).isEqualTo(409);
    }

    private void assertInvalid(String body, String detail) throws Exception {
        TestServer.Reply reply = server.put("/api/tickets/SHOP-1/beads", body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.error()).as(body).isEqualTo("Invalid bead plan");
        assertThat(reply.body().toString()).as(body).contains(detail);
    }

    private Bead bead(String id, int priority, String... blockedBy) {
        return Bead.hydrate(new BeadBlueprint(id, "Title " + id, List.of("US-1-1"), "Build " + id,
                new ContextGuidance(List.of("Follow services"), List.of("No statics")), List.of("Works"),
                List.of("A test shows it"), List.of("mvn -q test")), new BeadExpansion(id, "task", List.of("story:US-1-1"),
                List.of(blockedBy), List.of("src/" + id + ".java")), priority, ExternalId.parse("SHOP-1"),
                server.clock.instant());
    }

    private Ticket ticket() {
        return server.repositories.tickets().findById(ticketId == null ? server.repositories.tickets().findAll(java.util.Optional.empty()).get(0).id() : ticketId).orElseThrow();
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
