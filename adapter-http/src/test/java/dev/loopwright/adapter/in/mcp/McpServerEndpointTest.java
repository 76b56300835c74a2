package dev.loopwright.adapter.in.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.TicketGenerationException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.GetWorkflowStatusUseCase;
import dev.loopwright.application.port.in.PromoteDevTicketUseCase;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.MemberRole;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.ticket.TicketId;
import io.javalin.Javalin;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MCP endpoint mounted in a real Javalin server, driven by the SDK's own Streamable HTTP client. The use cases
 * behind it are small in-memory stand-ins: what is under test is the transport, the token check, the tools'
 * argument handling and how failures become tool errors.
 */
class McpServerEndpointTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final Organisation ORG = new Organisation(new OrganisationId("org-1"), "Acme", Plan.PRO, NOW);
    private static final ApiCaller OWNER = caller("user-1", MemberRole.OWNER);
    private static final ApiCaller VIEWER = caller("user-2", MemberRole.VIEWER);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, DevTicket> tickets = new ConcurrentHashMap<>();
    private final FeedbackItem feedback = new FeedbackItem(new FeedbackId("fb-1"), ORG.id(), new IntakeProjectId("p-1"),
            "Button is grey", "On Safari", FeedbackStatus.NEW, FeedbackType.BUG, "https://shop.example/",
            new Reporter("Ann", "ann@example.com"), Optional.empty(), Optional.empty(), RawJson.emptyObject(),
            RawJson.emptyObject(), 0, NOW, NOW);
    private McpServerEndpoint endpoint;
    private Javalin javalin;

    private static ApiCaller caller(String id, MemberRole role) {
        return new ApiCaller(ORG, new Member(ORG.id(), new MemberId(id), id, id + "@example.com", role, NOW),
                Optional.empty());
    }

    private static DevTicket ticket(String id, SourceRef source) {
        return new DevTicket(new DevTicketId(id), ORG.id(), new IntakeProjectId("p-1"), source, "Fix the button",
                "## Summary\nGrey.\n\n## Acceptance Criteria\n- Blue", DevTicketPriority.HIGH, DevTicketStatus.OPEN,
                List.of("bug"), new RawJson("{\"model\":\"scripted/main\"}"), Optional.empty(), Optional.empty(),
                Optional.empty(), NOW, NOW);
    }

    private DevTicket stored(ApiCaller caller, DevTicketId id) {
        DevTicket ticket = tickets.get(id.value());
        if (ticket == null) {
            throw new NotFoundException("Ticket not found");
        }
        return ticket;
    }

    private static void writer(ApiCaller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Viewers may not change anything");
        }
    }

    @BeforeEach
    void start() {
        tickets.put("t-1", ticket("t-1", SourceRef.feedback(feedback.id())));
        Ticket workflow = Ticket.create(new TicketId(7), new ProjectId(1), ExternalId.parse("SHOP-7"),
                new TicketDetails("Fix the button", Optional.empty(), 2), NOW);
        McpUseCases useCases = new McpUseCases(
                token -> Map.of("tok_owner", OWNER, "tok_viewer", VIEWER).entrySet().stream()
                        .filter(entry -> entry.getKey().equals(token)).map(Map.Entry::getValue).findFirst(),
                (caller, filter, page) -> new Page<>(List.of(feedback), 1, page),
                (caller, id) -> {
                    if (!id.equals(feedback.id())) {
                        throw new NotFoundException("Feedback not found");
                    }
                    return feedback;
                },
                (caller, id, changes) -> {
                    writer(caller);
                    return feedback.edited(changes.status(), changes.title(), changes.description(), changes.type(),
                            NOW);
                },
                (caller, filter, page) -> new Page<>(List.copyOf(tickets.values()), tickets.size(), page),
                this::stored,
                (caller, id, changes) -> {
                    writer(caller);
                    DevTicket current = stored(caller, id);
                    DevTicket changed = current.edited(changes.status().orElse(current.status()),
                            changes.priority().orElse(current.priority()), changes.title().orElse(current.title()),
                            changes.description().orElse(current.description()),
                            changes.assignedTo().applyTo(current.assignedTo()),
                            changes.labels().orElse(current.labels()), NOW);
                    tickets.put(id.value(), changed);
                    return changed;
                },
                (caller, source) -> {
                    writer(caller);
                    if (source.id().equals("fb-garbage")) {
                        throw new TicketGenerationException("no valid ticket", 2);
                    }
                    DevTicket generated = ticket("t-2", source);
                    tickets.put("t-2", generated);
                    return generated;
                },
                (caller, id, project) -> {
                    writer(caller);
                    DevTicket linked = stored(caller, id).promotedTo(workflow.id(), NOW);
                    tickets.put(id.value(), linked);
                    return new PromoteDevTicketUseCase.Promotion(linked, workflow, true);
                },
                (caller, id) -> {
                    DevTicket ticket = stored(caller, id);
                    return new GetWorkflowStatusUseCase.WorkflowStatus(ticket,
                            ticket.workflowTicket().map(linked -> workflow));
                });
        endpoint = new McpServerEndpoint(useCases, "test");
        javalin = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            endpoint.mount(config);
            config.routes.get("/hello", ctx -> ctx.result("javalin still answers"));
        }).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        javalin.stop();
    }

    private McpSyncClient client(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + javalin.port())
                .endpoint(McpServerEndpoint.PATH)
                .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
        client.initialize();
        return client;
    }

    private static JsonNode ok(McpSchema.CallToolResult result) throws Exception {
        assertThat(result.isError()).as(text(result)).isFalse();
        return JSON.readTree(text(result));
    }

    private static String error(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as(text(result)).isTrue();
        return text(result);
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    private static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    @Test
    void aClientWithATokenListsEveryToolAndCallsEachOne() throws Exception {
        try (McpSyncClient client = client("tok_owner")) {
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder(
                    "list_feedback", "get_feedback", "update_feedback", "list_tickets", "get_ticket", "update_ticket",
                    "generate_ticket", "promote_ticket", "get_workflow_status");

            assertThat(ok(call(client, "list_feedback", Map.of("status", "new", "limit", 10))).path("data").get(0)
                    .path("id").asText()).isEqualTo("fb-1");
            assertThat(ok(call(client, "get_feedback", Map.of("id", "fb-1"))).path("page_url").asText())
                    .isEqualTo("https://shop.example/");
            assertThat(ok(call(client, "update_feedback", Map.of("id", "fb-1", "status", "review"))).path("status")
                    .asText()).isEqualTo("review");
            assertThat(ok(call(client, "list_tickets", Map.of())).path("meta").path("total").asInt()).isEqualTo(1);
            JsonNode ticket = ok(call(client, "get_ticket", Map.of("id", "t-1")));
            assertThat(ticket.path("priority").asText()).isEqualTo("high");
            assertThat(ticket.path("ai_context").path("model").asText()).isEqualTo("scripted/main");
            java.util.HashMap<String, Object> unassign = new java.util.HashMap<>(Map.of("id", "t-1",
                    "labels", List.of("bug", "safari")));
            unassign.put("assigned_to", null);
            JsonNode updated = ok(call(client, "update_ticket", unassign));
            assertThat(updated.path("labels").toString()).isEqualTo("[\"bug\",\"safari\"]");
            assertThat(updated.path("assigned_to").isNull()).isTrue();
            JsonNode generated = ok(call(client, "generate_ticket", Map.of("source_type", "feedback",
                    "source_id", "fb-1")));
            assertThat(generated.path("id").asText()).isEqualTo("t-2");
            assertThat(ok(call(client, "get_workflow_status", Map.of("id", "t-1"))).path("workflow_ticket").isNull())
                    .isTrue();
            JsonNode promoted = ok(call(client, "promote_ticket", Map.of("id", "t-1", "workflow_project_id", 1)));
            assertThat(promoted.path("workflow_ticket").path("external_id").asText()).isEqualTo("SHOP-7");
            assertThat(promoted.path("ticket").path("workflow_ticket_id").asLong()).isEqualTo(7);
            JsonNode status = ok(call(client, "get_workflow_status", Map.of("id", "t-1")));
            assertThat(status.path("workflow_ticket").path("status").asText()).isEqualTo("DRAFT");
        }
    }

    @Test
    void badToolInputIsAToolErrorNamingTheProblem() {
        try (McpSyncClient client = client("tok_owner")) {
            assertThat(error(call(client, "get_ticket", Map.of()))).isEqualTo("Missing argument: id");
            assertThat(error(call(client, "get_ticket", Map.of("id", 5)))).isEqualTo("Argument id must be a string");
            assertThat(error(call(client, "get_ticket", Map.of("id", "../etc")))).contains("not a valid id");
            assertThat(error(call(client, "get_ticket", Map.of("id", "t-9")))).isEqualTo("Ticket not found");
            assertThat(error(call(client, "get_ticket", Map.of("id", "t-1", "extra", true))))
                    .startsWith("Unknown argument(s): extra");
            assertThat(error(call(client, "update_ticket", Map.of("id", "t-1")))).startsWith("No valid fields");
            assertThat(error(call(client, "update_ticket", Map.of("id", "t-1", "priority", "urgent"))))
                    .contains("priority");
            assertThat(error(call(client, "list_tickets", Map.of("limit", 500)))).contains("between 1 and 100");
            assertThat(error(call(client, "generate_ticket", Map.of("source_type", "email", "source_id", "x"))))
                    .contains("source_type");
            assertThat(error(call(client, "generate_ticket", Map.of("source_type", "feedback",
                    "source_id", "fb-garbage")))).isEqualTo("AI generation failed");
            assertThat(error(call(client, "promote_ticket", Map.of("id", "t-1", "workflow_project_id", "one"))))
                    .contains("whole number");
        }
    }

    @Test
    void aViewerMayReadButNotWrite() throws Exception {
        try (McpSyncClient client = client("tok_viewer")) {
            assertThat(ok(call(client, "get_ticket", Map.of("id", "t-1"))).path("id").asText()).isEqualTo("t-1");
            assertThat(error(call(client, "update_ticket", Map.of("id", "t-1", "status", "done"))))
                    .contains("Viewers");
        }
    }

    @Test
    void withoutAValidTokenTheServerRefusesBeforeTheProtocol() throws Exception {
        assertThatThrownBy(() -> client("tok_unknown")).isInstanceOf(RuntimeException.class);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + javalin.port() + "/mcp")).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("Missing or invalid API token");
        HttpResponse<String> hello = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port()
                + "/hello")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hello.body()).isEqualTo("javalin still answers");
    }
}
