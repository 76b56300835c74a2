package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.workflow.PhaseGroup;
import dev.loopwright.domain.workflow.TicketStatus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API mounted into a host's Javalin, as an embedder would, with a few host routes that fail on purpose. */
class HttpApiTest {
    private final MutableClock clock = MutableClock.atEpochDay();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Javalin server;

    @BeforeEach
    void start() {
        HttpApi api = new HttpApi(TestServer.useCases(InMemoryRepositories.create(),
                clock), HttpSecurity.LOCAL_OPEN, new TicketStreams(StreamSettings.DEFAULT, clock), clock);
        server = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            api.configure(config);
            config.routes.get("/host/invalid", ctx -> {
                throw new ValidationException(List.of(new Violation("title", "title must be between 1 and 500"
                        + " characters"), new Violation("priority", "priority must be between 1 and 5")));
            });
            config.routes.get("/host/missing", ctx -> {
                throw NotFoundException.ticket("ABC-1");
            });
            config.routes.get("/host/conflict", ctx -> {
                throw new ConflictException("Profile already exists. Use PATCH to update.");
            });
            config.routes.get("/host/bug", ctx -> {
                throw new IllegalStateException("secret internals");
            });
        }).start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void healthReportsTheClockAndTheUptime() throws Exception {
        clock.advance(Duration.ofMillis(1_500));
        JsonNode health = getJson("/api/health", 200);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("timestamp").asText()).isEqualTo("2026-01-01T00:00:01.500Z");
        assertThat(health.get("uptime").asDouble()).isEqualTo(1.5);
    }

    @Test
    void workflowMetaListsEveryGroupAndStatusInWorkflowOrder() throws Exception {
        JsonNode meta = getJson("/api/workflow/meta", 200);
        List<String> groups = new ArrayList<>();
        meta.get("groups").forEach(group -> groups.add(group.get("id").asText()));
        assertThat(groups).containsExactlyElementsOf(Arrays.stream(PhaseGroup.values()).map(PhaseGroup::id).toList());
        assertThat(groups).hasSize(10);

        List<String> phases = new ArrayList<>();
        meta.get("phases").forEach(phase -> phases.add(phase.get("id").asText()));
        assertThat(phases).containsExactlyElementsOf(Arrays.stream(TicketStatus.values()).map(Enum::name).toList());
        assertThat(phases.get(0)).isEqualTo("DRAFT");
        assertThat(phases.get(phases.size() - 1)).isEqualTo("BLOCKED_ERROR");
    }

    @Test
    void aPhaseCarriesItsMetadata() throws Exception {
        JsonNode interview = null;
        for (JsonNode phase : getJson("/api/workflow/meta", 200).get("phases")) {
            if (phase.get("id").asText().equals("WAITING_INTERVIEW_ANSWERS")) {
                interview = phase;
            }
        }
        assertThat(interview).isNotNull();
        assertThat(interview.get("label").asText()).isEqualTo("Interviewing");
        assertThat(interview.get("groupId").asText()).isEqualTo("interview");
        assertThat(interview.get("kanbanPhase").asText()).isEqualTo("needs_input");
        assertThat(interview.get("uiView").asText()).isEqualTo("interview_qa");
        assertThat(interview.get("progressKind").asText()).isEqualTo("questions");
        assertThat(interview.get("editable").asBoolean()).isTrue();
        assertThat(interview.has("reviewArtifactType")).isFalse();
        assertThat(interview.get("description").asText()).isNotBlank();
    }

    @Test
    void startupStatusAndTheRestoreNotice() throws Exception {
        JsonNode startup = getJson("/api/health/startup", 200);
        assertThat(startup.get("storage").get("kind").asText()).isEqualTo("fresh");
        assertThat(startup.get("ui").get("restoreNotice").get("shouldShow").asBoolean()).isFalse();
        HttpResponse<String> dismissed = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/api/health/startup/restore-notice/dismiss")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(dismissed.body()).get("dismissedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(getJson("/api/health/startup", 200).get("ui").get("restoreNotice").get("dismissedAt").asText())
                .isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void unknownRoutesAnswerJson404() throws Exception {
        JsonNode body = getJson("/api/nope", 404);
        assertThat(body.get("error").asText()).isEqualTo("Not found: GET /api/nope");
    }

    @Test
    void validationFailuresAnswer400WithEveryField() throws Exception {
        JsonNode body = getJson("/host/invalid", 400);
        assertThat(body.get("error").asText()).startsWith("Invalid input: title must be between 1 and 500");
        assertThat(body.get("details")).hasSize(2);
        assertThat(body.get("details").get(1).get("field").asText()).isEqualTo("priority");
    }

    @Test
    void notFoundAndConflictKeepTheirStatusAndMessage() throws Exception {
        assertThat(getJson("/host/missing", 404).get("error").asText()).isEqualTo("Ticket not found: ABC-1");
        assertThat(getJson("/host/conflict", 409).get("error").asText())
                .isEqualTo("Profile already exists. Use PATCH to update.");
    }

    @Test
    void unexpectedFailuresAnswerJson500WithAnErrorIdAndNoInternals() throws Exception {
        HttpResponse<String> response = get("/host/bug");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("Internal server error");
        assertThat(body.get("errorId").asText()).hasSize(36);
        assertThat(response.body()).doesNotContain("secret internals");
    }

    private JsonNode getJson(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
