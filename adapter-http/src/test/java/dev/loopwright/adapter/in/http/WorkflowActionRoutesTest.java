package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.domain.profile.ModelId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start and dev-event over HTTP: the success shapes and every documented refusal, which change nothing. */
class WorkflowActionRoutesTest {
    private static final String DEV_TOKEN = "dev-event-token-0123456789";
    private static final String COUNCIL_PROFILE = "{\"mainImplementer\":\"openai/gpt-5\","
            + "\"councilMembers\":\"[\\\"anthropic/claude-sonnet-4\\\"]\"}";

    @TempDir
    Path temp;

    @Test
    void startMovesADraftOnWithItsSettingsLocked() throws Exception {
        AtomicReference<ModelCatalog> catalog = new AtomicReference<>(TestServer.MODELS.catalog());
        try (TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, temp,
                FixedCatalogModelRuntime.answering(catalog::get))) {
            ticketIn(server);
            assertThat(server.post("/api/tickets/SHOP-1/start", null).error()).contains("Create a profile");
            assertThat(server.post("/api/profile", "{\"mainImplementer\":\"openai/gpt-5\","
                    + "\"councilMembers\":\"[\\\"mistral/large\\\"]\"}").error())
                    .as("the profile names connected models only").contains("mistral/large");
            server.post("/api/profile", COUNCIL_PROFILE);
            // A provider disconnected after the profile was saved: Start checks again.
            catalog.set(new FixedCatalogModelRuntime(List.of(new ModelId("openai/gpt-5"))).catalog());
            TestServer.Reply notConnected = server.post("/api/tickets/SHOP-1/start", null);
            assertThat(notConnected.status()).isEqualTo(400);
            assertThat(notConnected.error()).contains("anthropic/claude-sonnet-4");
            assertThat(status(server)).isEqualTo("DRAFT");
            catalog.set(TestServer.MODELS.catalog());

            TestServer.Reply started = server.post("/api/tickets/SHOP-1/start", null);

            assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
            assertThat(started.body().get("status").asText()).isEqualTo("SCANNING_RELEVANT_FILES");
            assertThat(started.body().get("lockedMainImplementer").asText()).isEqualTo("openai/gpt-5");
            assertThat(started.body().get("lockedCouncilMembers")).extracting(JsonNode::asText)
                    .containsExactly("openai/gpt-5", "anthropic/claude-sonnet-4");
            TestServer.Reply again = server.post("/api/tickets/SHOP-1/start", null);
            assertThat(again.status()).isEqualTo(409);
            assertThat(server.post("/api/tickets/SHOP-1/start", "{\"force\":true}").status()).isEqualTo(400);
            assertThat(server.post("/api/tickets/SHOP-9/start", null).status()).isEqualTo(404);
        }
    }

    @Test
    void startWithOpenCodeDownIsAServiceProblemNotAServerError() throws Exception {
        try (TestServer server = new TestServer(HttpSecurity.LOCAL_OPEN, temp, FixedCatalogModelRuntime.unreachable())) {
            ticketIn(server);
            server.post("/api/profile", COUNCIL_PROFILE);

            TestServer.Reply refused = server.post("/api/tickets/SHOP-1/start", null);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.error()).contains("UNREACHABLE");
            assertThat(status(server)).isEqualTo("DRAFT");
        }
    }

    @Test
    void devEventsAreOffUnlessATokenIsConfigured() throws Exception {
        try (TestServer server = new TestServer()) {
            ticketIn(server);

            TestServer.Reply off = devEvent(server, DEV_TOKEN, "{\"type\":\"CANCEL\"}");

            assertThat(off.status()).isEqualTo(404);
            assertThat(status(server)).isEqualTo("DRAFT");
        }
    }

    @Test
    void devEventsNeedTheTokenAndObeyTheTransitionTable() throws Exception {
        HttpSecurity withDevEvents = HttpSecurity.LOCAL_OPEN.withDevEventToken(Optional.of(DEV_TOKEN));
        try (TestServer server = new TestServer(withDevEvents, temp, TestServer.MODELS)) {
            ticketIn(server);

            assertThat(devEvent(server, "wrong-token-0123456789", "{\"type\":\"CANCEL\"}").status()).isEqualTo(401);
            assertThat(server.post("/api/tickets/SHOP-1/dev-event", "{\"type\":\"CANCEL\"}").status()).isEqualTo(401);
            assertThat(devEvent(server, DEV_TOKEN, "{\"type\":\"TELEPORT\"}").status()).isEqualTo(400);
            assertThat(devEvent(server, DEV_TOKEN, "{\"type\":\"START\"}").error()).contains("carries data");
            assertThat(devEvent(server, DEV_TOKEN, "{}").status()).isEqualTo(400);
            assertThat(devEvent(server, DEV_TOKEN, "{\"type\":\"APPROVE\"}").status()).isEqualTo(409);
            assertThat(status(server)).isEqualTo("DRAFT");

            TestServer.Reply canceled = devEvent(server, DEV_TOKEN, "{\"type\":\"cancel\"}");

            assertThat(canceled.status()).isEqualTo(200);
            assertThat(canceled.body().get("status").asText()).isEqualTo("CANCELED");
        }
    }

    private void ticketIn(TestServer server) throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop/.git")).getParent();
        assertThat(server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}").status()).isEqualTo(201);
        assertThat(server.post("/api/tickets", "{\"projectId\":1,\"title\":\"t\"}").status()).isEqualTo(201);
    }

    private static String status(TestServer server) throws Exception {
        return server.get("/api/tickets/SHOP-1").body().get("status").asText();
    }

    private static TestServer.Reply devEvent(TestServer server, String token, String body) throws Exception {
        return server.send("POST", "/api/tickets/SHOP-1/dev-event", body,
                Map.of(WorkflowActionRoutes.DEV_EVENT_TOKEN_HEADER, token));
    }
}
