package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.contract.Repositories;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.fake.TicketAt;
import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge, verify and close-unmerged over HTTP: refusals in every other status, JSON errors, never a 5xx. */
class DeliveryRoutesTest {
    private static final String NOT_WAITING = "Ticket is not waiting for pull request review";
    private static final String REPORT = "{\"status\":\"ready\",\"mode\":\"local\",\"branch\":\"SHOP-1\","
            + "\"baseBranch\":\"main\",\"candidateCommit\":\"" + "a".repeat(40) + "\"}";

    @TempDir
    Path temp;

    @Test
    void everyDecisionIsRefusedOutsideTheReviewWithAJsonConflict() throws Exception {
        try (TestServer server = new TestServer()) {
            ticketIn(server);
            for (String action : new String[] {"merge", "verify", "close-unmerged"}) {
                TestServer.Reply refused = server.post("/api/tickets/SHOP-1/" + action, null);

                assertThat(refused.status()).as(action).isEqualTo(409);
                assertThat(refused.error()).isEqualTo(NOT_WAITING);
            }
            assertThat(status(server)).isEqualTo("DRAFT");
            assertThat(server.post("/api/tickets/SHOP-9/merge", null).status()).isEqualTo(404);
        }
    }

    @Test
    void aReviewWithoutADeliveryReportIsAConflict() throws Exception {
        try (TestServer server = new TestServer()) {
            ticketIn(server);
            at(server, TicketStatus.WAITING_PR_REVIEW);

            TestServer.Reply refused = server.post("/api/tickets/SHOP-1/merge", null);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.error()).isEqualTo("Pull request report not found");
        }
    }

    @Test
    void aBodyIsRefusedWith400AndChangesNothing() throws Exception {
        try (TestServer server = new TestServer()) {
            ticketIn(server);
            delivered(server);

            assertThat(server.post("/api/tickets/SHOP-1/merge", "{\"force\":true}").status()).isEqualTo(400);
            assertThat(server.post("/api/tickets/SHOP-1/close-unmerged", "[1,2").status()).isEqualTo(400);
            assertThat(status(server)).isEqualTo("WAITING_PR_REVIEW");
        }
    }

    @Test
    void closeUnmergedFinishesTheReviewAndRecordsTheDisposition() throws Exception {
        try (TestServer server = new TestServer()) {
            ticketIn(server);
            delivered(server);

            TestServer.Reply closed = server.post("/api/tickets/SHOP-1/close-unmerged", null);

            assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
            assertThat(closed.body().get("status").asText()).isEqualTo("CLEANING_ENV");
            assertThat(server.post("/api/tickets/SHOP-1/close-unmerged", null).status()).isEqualTo(409);
            assertThat(server.get("/api/tickets/SHOP-1/artifacts").body().toString())
                    .contains("merge_report", "closed_unmerged");
        }
    }

    @Test
    void aMergeThatCannotBeDoneAnswersTheBlockedTicketNotAServerError() throws Exception {
        try (TestServer server = new TestServer()) {
            ticketIn(server);
            delivered(server);
            // The test server's git keeps no history, so this merge fails the way a broken repository would.
            Files.createDirectories(temp.resolve("shop/.loopwright/worktrees/SHOP-1"));

            TestServer.Reply blocked = server.post("/api/tickets/SHOP-1/verify", null);

            assertThat(blocked.status()).as(blocked.body().toString()).isEqualTo(200);
            assertThat(blocked.body().get("status").asText()).isEqualTo("BLOCKED_ERROR");
            assertThat(blocked.body().get("errorMessage").asText()).startsWith("Merge failed: ");
            assertThat(server.post("/api/tickets/SHOP-1/merge", null).error()).isEqualTo(NOT_WAITING);
        }
    }

    private void ticketIn(TestServer server) throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        assertThat(server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}").status()).isEqualTo(201);
        assertThat(server.post("/api/tickets", "{\"projectId\":1,\"title\":\"t\"}").status()).isEqualTo(201);
    }

    private static Ticket at(TestServer server, TicketStatus status) {
        Repositories r = server.repositories;
        Ticket ticket = r.tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow();
        return TicketAt.status(r, ticket, status, TestSettings.locked(), server.clock.instant());
    }

    /** As CREATING_PULL_REQUEST leaves a local delivery. */
    private static void delivered(TestServer server) {
        Ticket ticket = at(server, TicketStatus.CREATING_PULL_REQUEST);
        server.repositories.artifacts().append(new ArtifactRepository.NewArtifact(ticket.id(),
                TicketStatus.CREATING_PULL_REQUEST, 1, "pull_request_report", REPORT, server.clock.instant()));
        at(server, TicketStatus.WAITING_PR_REVIEW);
    }

    private static String status(TestServer server) throws Exception {
        return server.get("/api/tickets/SHOP-1").body().get("status").asText();
    }
}
