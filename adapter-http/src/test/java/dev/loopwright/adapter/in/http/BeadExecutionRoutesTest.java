package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.beads.BeadsJsonl;
import dev.loopwright.application.fake.ApprovedBeadsFixture;
import dev.loopwright.application.port.out.ArtifactRepository.NewArtifact;
import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ticket's bead execution over HTTP: the runtime view on the ticket, each bead's diff, continue's refusal. */
class BeadExecutionRoutesTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void theTicketCarriesItsRuntimeOnceCodingStartedAndEachCommittedBeadItsDiff() throws Exception {
        try (TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, temp)) {
            Ticket ticket = ticketIn(server);
            assertThat(server.get("/api/tickets/SHOP-1").body().get("runtime").isNull()).isTrue();

            BeadExecutionState state = BeadExecutionState.seeded(BeadsJsonl.read(ApprovedBeadsFixture.jsonl(
                    ApprovedBeadsFixture.bead("SHOP-1", "B1", 1), ApprovedBeadsFixture.bead("SHOP-1", "B2", 2, "B1")),
                    ticket.externalId()));
            TestServer.beadExecutions(server.repositories).save(ticket.id(), state);
            server.repositories.attempts().save(PhaseAttempt.active(ticket.id(), TicketStatus.CODING, 1, AT));
            server.repositories.artifacts().upsertLatest(new NewArtifact(ticket.id(), TicketStatus.CODING, 1,
                    "bead_diff:b1", "diff --git a/app.js b/app.js\n", AT));

            JsonNode runtime = server.get("/api/tickets/SHOP-1").body().get("runtime");
            assertThat(runtime.get("currentBead").asText()).isEqualTo("B1");
            assertThat(runtime.get("completedBeads").asInt()).isZero();
            assertThat(runtime.get("totalBeads").asInt()).isEqualTo(2);
            assertThat(runtime.get("maxIterations").asInt()).isEqualTo(5);
            assertThat(runtime.get("perIterationTimeout").asLong()).isEqualTo(1_200_000);
            assertThat(runtime.get("beads").get(1).get("status").asText()).isEqualTo("pending");
            assertThat(runtime.get("beads").get(1).get("iteration").asInt()).isEqualTo(1);
            assertThat(runtime.get("activeBeads")).isEmpty();
            assertThat(runtime.get("finalTestStatus").asText()).isEqualTo("pending");
            assertThat(runtime.get("prNumber").isNull()).isTrue();
            assertThat(runtime.get("completionDisposition").isNull()).isTrue();

            TestServer.Reply diff = server.get("/api/tickets/SHOP-1/beads/B1/diff");
            assertThat(diff.status()).isEqualTo(200);
            assertThat(diff.body().get("captured").asBoolean()).isTrue();
            assertThat(diff.body().get("diff").asText()).startsWith("diff --git");
            assertThat(server.get("/api/tickets/SHOP-1/beads/B2/diff").body().get("captured").asBoolean()).isFalse();
            TestServer.Reply invalid = server.get("/api/tickets/SHOP-1/beads/..%2Fetc/diff");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.error()).contains("Invalid bead ID");
            assertThat(server.get("/api/tickets/SHOP-9/beads/B1/diff").status()).isEqualTo(404);
        }
    }

    @Test
    void continueAndARetryNoteAreRefusedWhenTheyDoNotApply() throws Exception {
        try (TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, temp)) {
            ticketIn(server);

            assertThat(server.post("/api/tickets/SHOP-1/continue", null).status()).isEqualTo(409);
            assertThat(server.post("/api/tickets/SHOP-1/retry", "{\"note\":\"   \"}").status()).isEqualTo(400);
            assertThat(server.post("/api/tickets/SHOP-1/retry", "{\"note\":\"try again\"}").status()).isEqualTo(409);
            assertThat(server.post("/api/tickets/SHOP-9/continue", null).status()).isEqualTo(404);
            assertThat(server.get("/api/tickets/SHOP-1").body().get("status").asText()).isEqualTo("DRAFT");
        }
    }

    private Ticket ticketIn(TestServer server) throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        assertThat(server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}").status()).isEqualTo(201);
        assertThat(server.post("/api/tickets", "{\"projectId\":1,\"title\":\"t\"}").status()).isEqualTo(201);
        return server.repositories.tickets().findByExternalId(dev.loopwright.domain.ticket.ExternalId.parse("SHOP-1"))
                .orElseThrow();
    }
}
