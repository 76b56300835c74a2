package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.FeedbackItem;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP endpoint of the real server: tokens issued by the intake, tickets and feedback read from SQLite. */
class McpOnServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void anAssistantWithATokenReadsAndTriagesTheOrganisationsFeedbackAndTickets() throws Exception {
        try (LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                StreamSettings.DEFAULT, new FixedCatalogModelRuntime(List.of()))) {
            BridgeFixture intake = new BridgeFixture(server);
            FeedbackItem item = intake.feedback("Checkout crashes", "It crashes on submit.");
            DevTicket ticket = intake.devTicket(item, DevTicketPriority.CRITICAL);

            HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                    .builder("http://127.0.0.1:" + server.port()).endpoint("/mcp")
                    .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
                    .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + intake.ownerToken))
                    .build();
            try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build()) {
                client.initialize();
                assertThat(client.listTools().tools()).hasSize(9);
                JsonNode feedback = result(client, "list_feedback", Map.of());
                assertThat(feedback.get("data").get(0).get("title").asText()).isEqualTo("Checkout crashes");
                JsonNode updated = result(client, "update_feedback", Map.of("id", item.id().value(),
                        "status", "in_progress"));
                assertThat(updated.get("status").asText()).isEqualTo("in_progress");
                JsonNode got = result(client, "get_ticket", Map.of("id", ticket.id().value()));
                assertThat(got.get("priority").asText()).isEqualTo("critical");
                JsonNode status = result(client, "get_workflow_status", Map.of("id", ticket.id().value()));
                assertThat(status.get("promoted").asBoolean()).isFalse();
                McpSchema.CallToolResult refused = client.callTool(new McpSchema.CallToolRequest("promote_ticket",
                        Map.of("id", ticket.id().value(), "workflow_project_id", 42)));
                assertThat(refused.isError()).isTrue();
                assertThat(((McpSchema.TextContent) refused.content().get(0)).text()).contains("Project not found");
            }
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
                    .header("Authorization", "Bearer tok_" + "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
    }

    private static JsonNode result(McpSyncClient client, String tool, Map<String, Object> arguments)
            throws Exception {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        assertThat(result.isError()).as(text).isFalse();
        return JSON.readTree(text);
    }
}
