package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ticket's execution log over HTTP. */
class LogRoutesTest {
    @TempDir
    Path temp;
    private TestServer server;
    private TicketId ticketId;

    @BeforeEach
    void startedTicket() throws Exception {
        server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, TestServer.MODELS);
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}");
        server.post("/api/tickets", "{\"projectId\":1,\"title\":\"Export orders\"}");
        ticketId = server.repositories.tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow().id();
        TestServer.transitions(server.repositories, server.clock).apply(ticketId, TestSettings.start());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLogComesOldestFirstAndCanBeNarrowedToOnePhase() throws Exception {
        line(TicketStatus.SCANNING_RELEVANT_FILES, LogLine.Level.INFO, "scan started", 1);
        line(TicketStatus.SCANNING_RELEVANT_FILES, LogLine.Level.ERROR, "scan failed", 2);
        line(TicketStatus.CODING, LogLine.Level.INFO, "bead one", 3);

        TestServer.Reply all = server.get("/api/files/SHOP-1/logs");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).extracting(entry -> entry.get("message").asText())
                .containsExactly("scan started", "scan failed", "bead one");
        assertThat(all.body().get(1).get("level").asText()).isEqualTo("error");

        TestServer.Reply coding = server.get("/api/files/SHOP-1/logs?phase=CODING");
        assertThat(coding.body()).extracting(entry -> entry.get("message").asText()).containsExactly("bead one");
    }

    @Test
    void aPhaseThatWroteNothingYetShowsAsActive() throws Exception {
        TestServer.Reply reply = server.get("/api/files/SHOP-1/logs");

        assertThat(reply.body()).hasSize(1);
        assertThat(reply.body().get(0).get("phase").asText()).isEqualTo("SCANNING_RELEVANT_FILES");
        assertThat(reply.body().get(0).get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void badInputIsAClearClientError() throws Exception {
        TestServer.Reply badPhase = server.get("/api/files/SHOP-1/logs?phase=NOPE");
        assertThat(badPhase.status()).isEqualTo(400);
        assertThat(badPhase.body().get("error").asText()).contains("Invalid phase parameter");

        assertThat(server.get("/api/files/SHOP-9/logs").status()).isEqualTo(404);
        assertThat(server.get("/api/files/not%20a%20ref/logs").status()).isEqualTo(400);
    }

    private void line(TicketStatus phase, LogLine.Level level, String message, int second) {
        server.executionLog.append(new LogLine(ticketId, phase, level, message, Instant.ofEpochSecond(second)));
    }
}
