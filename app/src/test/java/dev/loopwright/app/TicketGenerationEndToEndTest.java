package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.opencode.scripted.ChatRequest;
import dev.loopwright.adapter.out.opencode.scripted.Response;
import dev.loopwright.adapter.out.opencode.scripted.Rule;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import dev.loopwright.adapter.out.opencode.scripted.When;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.domain.intake.FeedbackItem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback to a developer ticket to a workflow ticket, over HTTP, with a real OpenCode driving a scripted model,
 * SQLite and a real git repository: generation with one corrective retry, promotion, and the developer ticket's
 * status following the workflow ticket as it starts and is canceled. And garbage on every attempt: a 500 with
 * nothing stored.
 */
class TicketGenerationEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERATE = "write one developer ticket";
    private static final String CORRECTIVE = "Your ticket could not be used";
    private static final String SCAN = "list the files this ticket will change";
    private static final String TICKET = "title: \"Fix the checkout button colour on iOS Safari\"\npriority: high\n"
            + "labels: [bug, mobile]\ndescription: |\n  ## Summary\n  The checkout button is grey on Safari.\n\n"
            + "  ## Acceptance Criteria\n  - The button is blue on Safari 17 and later\n";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aGeneratedTicketIsPromotedAndFollowsItsWorkflowTicket() throws Exception {
        Script script = Script.builder().models("main", "critic")
                // The first answer names a priority that does not exist; the corrective prompt gets a good one.
                .rule(Rule.once(When.lastUserContains(GENERATE), Response.reply(TICKET.replace("high", "urgent"))))
                .on(When.lastUserContains(CORRECTIVE), Response.reply(TICKET))
                .on(When.lastUserContains(GENERATE), Response.reply(TICKET))
                // The workflow's first phase waits, so the ticket stays started until it is canceled.
                .on(When.lastUserContains(SCAN), Response.hang())
                .build();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = start(data, openCode)) {
            BridgeFixture intake = new BridgeFixture(server);
            FeedbackItem item = intake.feedback("Buy button is grey", "On my iPhone the buy button is grey.");
            intake.comment(item, "@ann it is grey on the iPad too");
            send(server, "POST", "/api/profile", null, "{\"mainImplementer\":\"scripted/main\",\"councilMembers\":"
                    + "\"[\\\"scripted/critic\\\"]\"}", 201);

            JsonNode generated = send(server, "POST", "/api/v1/tickets/generate", intake.ownerToken,
                    "{\"source_type\":\"feedback\",\"source_id\":\"" + item.id().value() + "\"}", 201).get("data");
            assertThat(generated.get("title").asText()).isEqualTo("Fix the checkout button colour on iOS Safari");
            assertThat(generated.get("priority").asText()).isEqualTo("high");
            assertThat(generated.get("status").asText()).isEqualTo("open");
            assertThat(generated.get("labels").toString()).isEqualTo("[\"bug\",\"mobile\"]");
            assertThat(generated.get("description").asText()).startsWith("## Summary\nThe checkout button is grey")
                    .contains("## Acceptance Criteria\n- The button is blue");
            assertThat(generated.get("source_id").asText()).isEqualTo(item.id().value());
            assertThat(generated.get("ai_context").get("model").asText()).isEqualTo("scripted/main");
            assertThat(generated.get("ai_context").get("attempts").asInt()).isEqualTo(2);
            ChatRequest first = agentRequests(model, GENERATE).get(0);
            assertThat(first.lastUserText()).contains("On my iPhone the buy button is grey.",
                    "@Ann Lee (ann) it is grey on the iPad too", "page_url: https://shop.example/checkout");
            assertThat(agentRequests(model, CORRECTIVE).get(0).lastUserText()).contains("priority 'urgent'");
            String id = generated.get("id").asText();

            send(server, "POST", "/api/projects", null, "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                    + JSON.writeValueAsString(repositoryWithOneCommit().toString()) + "}", 201);
            JsonNode promoted = send(server, "POST", "/api/v1/tickets/" + id + "/promote", intake.ownerToken,
                    "{\"workflowProjectId\":1}", 201).get("data");
            assertThat(promoted.get("workflow_ticket").get("ref").asText()).isEqualTo("SHOP-1");
            assertThat(promoted.get("workflow_ticket").get("status").asText()).isEqualTo("DRAFT");
            assertThat(promoted.get("workflow_ticket").get("priority").asInt()).isEqualTo(2);
            assertThat(promoted.get("ticket").get("workflow_ticket_id").asLong())
                    .isEqualTo(promoted.get("workflow_ticket").get("id").asLong());
            assertThat(send(server, "GET", "/api/tickets/SHOP-1", null, null, 200).get("description").asText())
                    .contains("## Acceptance Criteria", "Promoted from developer ticket " + id);

            send(server, "POST", "/api/tickets/SHOP-1/start", null, null, 200);
            assertThat(devStatus(server, intake, id)).isEqualTo("in_progress");
            send(server, "POST", "/api/tickets/SHOP-1/cancel", null, null, 200);
            assertThat(devStatus(server, intake, id)).isEqualTo("open");
            JsonNode workflow = send(server, "GET", "/api/v1/tickets/" + id + "/workflow", intake.ownerToken, null,
                    200).get("data");
            assertThat(workflow.get("workflow_ticket").get("status").asText()).isEqualTo("CANCELED");
        }
    }

    @Test
    void garbageOnEveryAttemptIsA500AndNothingIsStored() throws Exception {
        Script script = Script.builder().models("main")
                .on(When.always(), Response.reply("I am sorry, I cannot write tickets today."))
                .build();
        DataDirectory data = new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG);
        try (ScriptedModelServer model = ScriptedModelServer.start(script);
                OpenCodeConnection openCode = OpenCodeConnection.managed(RealBinary.path(), temp,
                        ScriptedOpenCodeHome.prepare(temp.resolve("home"), model));
                LoopwrightServer server = start(data, openCode)) {
            BridgeFixture intake = new BridgeFixture(server);
            FeedbackItem item = intake.feedback("Buy button is grey", "On my iPhone the buy button is grey.");
            send(server, "POST", "/api/profile", null, "{\"mainImplementer\":\"scripted/main\"}", 201);

            JsonNode failed = send(server, "POST", "/api/v1/tickets/generate", intake.ownerToken,
                    "{\"source_type\":\"feedback\",\"source_id\":\"" + item.id().value() + "\"}", 500);
            assertThat(failed.get("error").asText()).isEqualTo("AI generation failed");
            // structuredRetryCount is 1 by default: the first prompt and one corrective prompt.
            assertThat(agentRequests(model, GENERATE)).hasSize(1);
            assertThat(agentRequests(model, CORRECTIVE)).hasSize(1);
            assertThat(send(server, "GET", "/api/v1/tickets", intake.ownerToken, null, 200).get("meta").get("total")
                    .asInt()).isZero();

            assertThat(send(server, "POST", "/api/v1/tickets/generate", intake.ownerToken,
                    "{\"source_type\":\"feedback\",\"source_id\":\"fb-missing\"}", 404).get("error").asText())
                    .isEqualTo("Source item not found");
            assertThat(send(server, "POST", "/api/v1/tickets/generate", intake.ownerToken,
                    "{\"source_type\":\"feedback\"}", 400).get("error").asText())
                    .isEqualTo("Missing source_type or source_id");
            assertThat(send(server, "POST", "/api/v1/tickets/generate", intake.ownerToken,
                    "{\"source_type\":\"email\",\"source_id\":\"x\"}", 400).get("error").asText())
                    .isEqualTo("Invalid source_type");
            send(server, "POST", "/api/v1/tickets/generate", null,
                    "{\"source_type\":\"feedback\",\"source_id\":\"" + item.id().value() + "\"}", 401);
            assertThat(agentRequests(model, GENERATE)).as("no refused request reached the model").hasSize(1);
        }
    }

    private String devStatus(LoopwrightServer server, BridgeFixture intake, String id) throws Exception {
        return send(server, "GET", "/api/v1/tickets/" + id, intake.ownerToken, null, 200).get("data").get("status")
                .asText();
    }

    private static List<ChatRequest> agentRequests(ScriptedModelServer model, String marker) {
        return model.requests().stream().filter(r -> !r.isSideRequest() && r.lastUserText().contains(marker)).toList();
    }

    private LoopwrightServer start(DataDirectory data, OpenCodeConnection openCode) {
        return LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0), data, HttpSecurity.LOCAL_OPEN,
                StreamSettings.DEFAULT, openCode.runtime());
    }

    private Path repositoryWithOneCommit() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("shop"));
        Files.writeString(repo.resolve("Basket.java"), "class Basket {}\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A basket").setAuthor("Test", "test@example.com")
                    .setCommitter("Test", "test@example.com").setSign(false).call();
        }
        return repo.toRealPath();
    }

    private JsonNode send(LoopwrightServer server, String method, String path, String token, String body,
            int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
