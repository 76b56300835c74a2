package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.application.fake.FixedCatalogModelRuntime;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketPriority;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import dev.loopwright.domain.workflow.BeadProgress;
import dev.loopwright.domain.workflow.TicketStatus;
import dev.loopwright.domain.workflow.WorkflowState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promotion over {@code /api/v1} on the real server and SQLite: the DRAFT workflow ticket with the mapped priority,
 * the links both ways, refusals, an interrupted promotion completed without a second ticket, and the status
 * follower, live and after a restart.
 */
class PromotionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void promotionCreatesALinkedDraftWithTheMappedPriorityOnce() throws Exception {
        try (LoopwrightServer server = start()) {
            BridgeFixture intake = new BridgeFixture(server);
            FeedbackItem item = intake.feedback("Checkout crashes", "It crashes.");
            attachProjects(server);
            for (DevTicketPriority priority : DevTicketPriority.values()) {
                DevTicket ticket = intake.devTicket(item, priority);
                JsonNode promoted = send(server, "POST", "/api/v1/tickets/" + ticket.id() + "/promote",
                        intake.ownerToken, "{\"workflow_project_id\":1}", 201).get("data");
                int expected = List.of(4, 3, 2, 1).get(priority.ordinal());
                assertThat(promoted.get("workflow_ticket").get("priority").asInt()).as(priority.name())
                        .isEqualTo(expected);
                assertThat(promoted.get("workflow_ticket").get("status").asText()).isEqualTo("DRAFT");
                String ref = promoted.get("workflow_ticket").get("ref").asText();
                JsonNode workflow = send(server, "GET", "/api/tickets/" + ref, null, null, 200);
                assertThat(workflow.get("title").asText()).isEqualTo("Fix the checkout button colour");
                assertThat(workflow.get("description").asText()).startsWith("## Summary\nGrey on Safari.")
                        .contains("Promoted from developer ticket " + ticket.id().value(), "Labels: bug, mobile");
                long workflowId = server.store().tickets().findByExternalId(ExternalId.parse(ref)).orElseThrow().id()
                        .value();
                assertThat(promoted.get("workflow_ticket").get("id").asLong()).isEqualTo(workflowId);
                assertThat(send(server, "GET", "/api/v1/tickets/" + ticket.id(), intake.ownerToken, null, 200)
                        .get("data").get("workflow_ticket_id").asLong()).isEqualTo(workflowId);
            }
            DevTicket once = intake.devTicket(item, DevTicketPriority.HIGH);
            JsonNode first = send(server, "POST", "/api/v1/tickets/" + once.id() + "/promote", intake.ownerToken,
                    "{\"workflowProjectId\":1}", 201).get("data");
            JsonNode again = send(server, "POST", "/api/v1/tickets/" + once.id() + "/promote", intake.ownerToken,
                    "{\"workflowProjectId\":1}", 200).get("data");
            assertThat(again.get("workflow_ticket").get("id")).isEqualTo(first.get("workflow_ticket").get("id"));
            assertThat(send(server, "POST", "/api/v1/tickets/" + once.id() + "/promote", intake.ownerToken,
                    "{\"workflow_project_id\":2}", 409).get("error").asText()).contains("another workflow project");
            assertThat(send(server, "GET", "/api/tickets?projectId=1", null, null, 200)).hasSize(5);
        }
    }

    @Test
    void unknownIdsAre404AndBadInputIs400() throws Exception {
        try (LoopwrightServer server = start()) {
            BridgeFixture intake = new BridgeFixture(server);
            DevTicket ticket = intake.devTicket(intake.feedback("Checkout crashes", "It crashes."),
                    DevTicketPriority.LOW);
            attachProjects(server);
            String promote = "/api/v1/tickets/" + ticket.id() + "/promote";
            assertThat(send(server, "POST", "/api/v1/tickets/ticket-unknown/promote", intake.ownerToken,
                    "{\"workflow_project_id\":1}", 404).get("error").asText()).isEqualTo("Ticket not found");
            send(server, "POST", "/api/v1/tickets/..%2F..%2Fetc/promote", intake.ownerToken,
                    "{\"workflow_project_id\":1}", 404);
            assertThat(send(server, "POST", promote, intake.ownerToken, "{\"workflow_project_id\":99}", 404)
                    .get("error").asText()).contains("Project not found");
            assertThat(send(server, "POST", promote, intake.ownerToken, "{}", 400).get("error").asText())
                    .isEqualTo("Missing workflow_project_id");
            for (String bad : List.of("{\"workflow_project_id\":\"1\"}", "{\"workflow_project_id\":0}",
                    "{\"workflow_project_id\":-3}", "{\"workflow_project_id\":1.5}", "{\"workflowProjectId\":true}",
                    "{\"workflow_project_id\":1,\"workflowProjectId\":2}", "[1]", "not json", "")) {
                assertThat(send(server, "POST", promote, intake.ownerToken, bad, 400).get("error").asText())
                        .as(bad).isNotBlank();
            }
            send(server, "POST", promote, null, "{\"workflow_project_id\":1}", 401);
            send(server, "GET", "/api/v1/tickets/ticket-unknown/workflow", intake.ownerToken, null, 404);
            assertThat(send(server, "GET", "/api/tickets", null, null, 200)).as("nothing was created").isEmpty();
            assertThat(send(server, "GET", "/api/v1/tickets/" + ticket.id() + "/workflow", intake.ownerToken, null,
                    200).get("data").get("workflow_ticket").isNull()).isTrue();
        }
    }

    @Test
    void aPromotionInterruptedAfterCreatingTheWorkflowTicketIsCompletedWithoutASecondOne() throws Exception {
        try (LoopwrightServer server = start()) {
            BridgeFixture intake = new BridgeFixture(server);
            DevTicket ticket = intake.devTicket(intake.feedback("Checkout crashes", "It crashes."),
                    DevTicketPriority.MEDIUM);
            attachProjects(server);
            // What the first step of a promotion leaves behind when the server dies before the link is stored.
            String description = dev.loopwright.application.intake.promotion.PromotedDescription.of(ticket);
            new dev.loopwright.application.service.TicketService(server.store().projects(), server.store().tickets(),
                    server.store().unitOfWork(), java.time.Clock.systemUTC()).create(new CreateTicketCommand(
                    new ProjectId(1), new TicketDetails(ticket.title(), Optional.of(description), 3)));

            JsonNode promoted = send(server, "POST", "/api/v1/tickets/" + ticket.id() + "/promote", intake.ownerToken,
                    "{\"workflow_project_id\":1}", 200).get("data");
            assertThat(promoted.get("workflow_ticket").get("ref").asText()).isEqualTo("SHOP-1");
            assertThat(send(server, "GET", "/api/tickets", null, null, 200)).hasSize(1);
        }
    }

    @Test
    void theDeveloperTicketFollowsItsWorkflowTicketLiveAndCatchesUpAfterARestart() throws Exception {
        String devId;
        String token;
        try (LoopwrightServer server = start()) {
            BridgeFixture intake = new BridgeFixture(server);
            token = intake.ownerToken;
            DevTicket ticket = intake.devTicket(intake.feedback("Checkout crashes", "It crashes."),
                    DevTicketPriority.HIGH);
            devId = ticket.id().value();
            attachProjects(server);
            send(server, "POST", "/api/v1/tickets/" + devId + "/promote", token, "{\"workflow_project_id\":1}", 201);

            // The workflow moves on (as the transition service does it: store, then publish), to a gate where no
            // phase runs, so nothing else reacts. (The end-to-end test starts a ticket for real.)
            Ticket moved = moveTo(server, TicketStatus.WAITING_PRD_APPROVAL);
            server.events().publish(new TicketNotification.StateChanged(moved.id(), TicketStatus.DRAFT,
                    TicketStatus.WAITING_PRD_APPROVAL, Optional.of(TicketStatus.DRAFT), 1, Instant.now()));
            assertThat(devStatus(server, token, devId)).isEqualTo("in_progress");

            // Canceling goes through the real workflow action and its notification.
            send(server, "POST", "/api/tickets/SHOP-1/cancel", null, null, 200);
            assertThat(devStatus(server, token, devId)).isEqualTo("open");
        }
        // While the server is down the workflow ticket completes; nothing hears of it until the next start.
        dev.loopwright.adapter.out.persistence.SqliteStore store = dev.loopwright.adapter.out.persistence.SqliteStore
                .open(temp.resolve("data").resolve("loopwright.db"), java.time.Clock.systemUTC());
        Ticket stopped = store.tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow();
        store.tickets().update(stopped.withWorkflow(state(TicketStatus.COMPLETED), Instant.now()));
        try (LoopwrightServer restarted = start()) {
            assertThat(devStatus(restarted, token, devId)).isEqualTo("done");
            assertThat(send(restarted, "GET", "/api/v1/tickets/" + devId + "/workflow", token, null, 200)
                    .get("data").get("workflow_ticket").get("status").asText()).isEqualTo("COMPLETED");
        }
    }

    private static Ticket moveTo(LoopwrightServer server, TicketStatus status) {
        Ticket ticket = server.store().tickets().findByExternalId(ExternalId.parse("SHOP-1")).orElseThrow();
        Ticket moved = ticket.withWorkflow(state(status), Instant.now());
        server.store().tickets().update(moved);
        return moved;
    }

    private static WorkflowState state(TicketStatus status) {
        return new WorkflowState(status, Optional.of(TicketStatus.DRAFT), Optional.empty(), Optional.empty(),
                Optional.empty(), BeadProgress.NONE, 1);
    }

    private String devStatus(LoopwrightServer server, String token, String id) throws Exception {
        return send(server, "GET", "/api/v1/tickets/" + id, token, null, 200).get("data").get("status").asText();
    }

    private LoopwrightServer start() {
        return LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                new DataDirectory(temp.resolve("data"), DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                StreamSettings.DEFAULT, new FixedCatalogModelRuntime(List.of()));
    }

    /** Two workflow projects, SHOP (1) and BLOG (2), each a git repository with one commit. */
    private void attachProjects(LoopwrightServer server) throws Exception {
        for (String name : List.of("SHOP", "BLOG")) {
            if (Files.exists(temp.resolve(name))) {
                continue;
            }
            Path repo = Files.createDirectories(temp.resolve(name));
            Files.writeString(repo.resolve("README.md"), name + "\n");
            try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Start").setAuthor("Test", "test@example.com")
                        .setCommitter("Test", "test@example.com").setSign(false).call();
            }
            send(server, "POST", "/api/projects", null, "{\"name\":\"" + name + "\",\"shortname\":\"" + name
                    + "\",\"folderPath\":" + JSON.writeValueAsString(repo.toRealPath().toString()) + "}", 201);
        }
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
