package dev.loopwright.app;

import static dev.loopwright.app.IntakeFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage sent to every /api/v1 write route and every list's query: always a 4xx JSON error, never a 500, and
 * nothing stored changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeveloperApiMalformedInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private IntakeFixture fx;
    private List<String[]> writes;

    @BeforeAll
    void start() throws Exception {
        fx = new IntakeFixture(dataDir);
        IntakeFixture.Org a = fx.a;
        writes = List.of(
                new String[] {"POST", "/api/v1/feedback"},
                new String[] {"PATCH", "/api/v1/feedback/" + a.feedback.get(0).id()},
                new String[] {"POST", "/api/v1/feedback/" + a.feedback.get(0).id() + "/comments"},
                new String[] {"POST", "/api/v1/boards/cards/" + a.cards.get(0).id() + "/comments"},
                new String[] {"PATCH", "/api/v1/tickets/" + a.tickets.get(0).id()},
                new String[] {"POST", "/api/v1/tokens"});
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    @BeforeEach
    void nextMinute() {
        fx.clock.advance(Duration.ofMinutes(1));
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = fx.request(fx.a.ownerToken, path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return fx.send(request.method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void assertClientError(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + " → " + response.body()).isBetween(400, 499);
        JsonNode body = json(response);
        assertThat(body.path("error").isTextual()).as(what).isTrue();
        assertThat(body.path("error").asText()).as(what).isNotBlank();
    }

    @Test
    void badJsonAndNonObjectsAre400() {
        List<String> bodies = List.of("{not json", "{\"a\":1} trailing", "[]", "\"text\"", "5", "null", "true", "",
                "{\"title\":\"x\"", "\u0000", "{\"a\":1}{\"b\":2}", "[".repeat(5_000) + "]".repeat(5_000));
        for (String[] route : writes) {
            for (String body : bodies) {
                HttpResponse<String> response = send(route[0], route[1], "application/json", body);
                assertClientError(response, route[0] + " " + route[1] + " with " + abbreviate(body));
                assertThat(response.statusCode()).isEqualTo(400);
            }
            fx.clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void wrongTypesForEveryFieldAre400() {
        List<String> fields = List.of("project_id", "title", "description", "type", "status", "priority", "page_url",
                "reporter_name", "reporter_email", "screenshot_url", "recording_url", "annotations", "browser_info",
                "body", "name", "labels", "assigned_to");
        List<String> wrong = List.of("5", "true", "{\"x\":1}", "[1,2]", "1.5e308", "-1");
        int checked = 0;
        for (String[] route : writes) {
            for (String field : fields) {
                for (String value : wrong) {
                    String body = "{\"project_id\":\"" + fx.a.website.id() + "\",\"title\":\"t\",\"body\":\"b\","
                            + "\"name\":\"n\",\"" + field + "\":" + value + "}";
                    HttpResponse<String> response = send(route[0], route[1], "application/json", body);
                    // A field the route does not read is ignored, which may succeed; a field it reads must refuse.
                    assertThat(response.statusCode()).as(route[1] + " " + body).isNotEqualTo(500);
                    if (response.statusCode() >= 400) {
                        assertClientError(response, route[1] + " " + body);
                        checked++;
                    }
                }
                fx.clock.advance(Duration.ofMinutes(1));
            }
        }
        assertThat(checked).isGreaterThan(60);
        cleanUp();
    }

    @Test
    void unknownEnumValuesAre400() {
        String feedback = "/api/v1/feedback/" + fx.a.feedback.get(0).id();
        String ticket = "/api/v1/tickets/" + fx.a.tickets.get(0).id();
        for (String value : List.of("\"DONE\"", "\"Open\"", "\"\"", "\"in progress\"", "\"new\\u0000\"")) {
            assertClientError(send("PATCH", feedback, "application/json", "{\"status\":" + value + "}"), value);
            assertClientError(send("PATCH", feedback, "application/json", "{\"type\":" + value + "}"), value);
            assertClientError(send("PATCH", ticket, "application/json", "{\"status\":" + value + "}"), value);
            assertClientError(send("PATCH", ticket, "application/json", "{\"priority\":" + value + "}"), value);
            assertClientError(send("POST", "/api/v1/feedback", "application/json", "{\"project_id\":\""
                    + fx.a.website.id() + "\",\"title\":\"t\",\"type\":" + value + "}"), value);
        }
        for (String query : List.of("/api/v1/feedback?status=NEW", "/api/v1/feedback?type=Bug",
                "/api/v1/tickets?status=opened", "/api/v1/feedback?status=%00")) {
            HttpResponse<String> response = fx.get(fx.a.ownerToken, query);
            assertClientError(response, query);
            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void hugeBodiesAndFieldsAreRefused() {
        String huge = "{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        for (String[] route : writes) {
            HttpResponse<String> response = send(route[0], route[1], "application/json", huge);
            assertClientError(response, route[1] + " with 3 MiB");
            assertThat(response.statusCode()).isEqualTo(413);
        }
        // Under the body limit, but over a field's own limit.
        String longText = "y".repeat(1024 * 1024);
        List<HttpResponse<String>> responses = List.of(
                send("POST", "/api/v1/feedback", "application/json", "{\"project_id\":\"" + fx.a.website.id()
                        + "\",\"title\":\"" + longText + "\"}"),
                send("POST", "/api/v1/feedback", "application/json", "{\"project_id\":\"" + fx.a.website.id()
                        + "\",\"title\":\"t\",\"annotations\":[\"" + longText + "\"]}"),
                send("PATCH", "/api/v1/feedback/" + fx.a.feedback.get(0).id(), "application/json",
                        "{\"description\":\"" + longText + "\"}"),
                send("POST", "/api/v1/feedback/" + fx.a.feedback.get(0).id() + "/comments", "application/json",
                        "{\"body\":\"" + longText + "\"}"),
                send("PATCH", "/api/v1/tickets/" + fx.a.tickets.get(0).id(), "application/json",
                        "{\"title\":\"" + longText + "\"}"),
                send("PATCH", "/api/v1/tickets/" + fx.a.tickets.get(0).id(), "application/json",
                        "{\"labels\":[" + "\"l\",".repeat(30) + "\"l\"]}"),
                send("POST", "/api/v1/tokens", "application/json", "{\"name\":\"" + longText + "\"}"));
        for (HttpResponse<String> response : responses) {
            assertClientError(response, response.request().uri().getPath());
            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void wrongContentTypeIs415() {
        for (String[] route : writes) {
            HttpResponse<String> response = send(route[0], route[1], "text/plain", "{\"status\":\"done\"}");
            assertClientError(response, route[1]);
            assertThat(response.statusCode()).isEqualTo(415);
        }
    }

    @Test
    void garbageQueriesAndPathsAre4xx() {
        List<String> paths = new ArrayList<>(List.of("/api/v1/feedback?limit=1e3", "/api/v1/feedback?limit=99999999999",
                "/api/v1/feedback?limit=", "/api/v1/feedback?offset=%00", "/api/v1/feedback?limit=-0x10",
                "/api/v1/feedback?project_id=..%2F..%2Fetc", "/api/v1/tickets?project_id=%27%20OR%201%3D1--",
                "/api/v1/boards/cards?list_id=%22%3B", "/api/v1/boards/lists?project_id=%E2%98%83",
                "/api/v1/feedback/" + "x".repeat(65), "/api/v1/feedback/%2e%2e", "/api/v1/tickets/%27",
                "/api/v1/projects/%00", "/api/v1/boards/cards/x%20y/comments", "/api/v1/tokens/%25"));
        for (String path : paths) {
            HttpResponse<String> response = fx.get(fx.a.ownerToken, path);
            assertClientError(response, path);
        }
        HttpResponse<String> delete = fx.delete(fx.a.ownerToken, "/api/v1/tokens/" + "t".repeat(300));
        assertClientError(delete, "long token id");
    }

    @Test
    void nothingStoredChanged() {
        badJsonAndNonObjectsAre400();
        unknownEnumValuesAre400();
        hugeBodiesAndFieldsAreRefused();
        fx.clock.advance(Duration.ofMinutes(1));
        JsonNode feedback = json(fx.get(fx.a.ownerToken, "/api/v1/feedback/" + fx.a.feedback.get(0).id())).path("data");
        assertThat(feedback.path("title").asText()).isEqualTo(fx.a.feedback.get(0).title());
        assertThat(feedback.path("status").asText()).isEqualTo("new");
        JsonNode ticket = json(fx.get(fx.a.ownerToken, "/api/v1/tickets/" + fx.a.tickets.get(0).id())).path("data");
        assertThat(ticket.path("title").asText()).isEqualTo(fx.a.tickets.get(0).title());
        assertThat(ticket.path("labels").toString()).isEqualTo("[\"bug\",\"mobile\"]");
        assertThat(ticket.path("description").asText()).isEqualTo(fx.a.tickets.get(0).description());
        assertThat(fx.server.store().integrityCheck()).isEqualTo("ok");
    }

    /** The wrong-types run may create items and tokens where a stray field is ignored; remove what it made. */
    private void cleanUp() {
        fx.clock.advance(Duration.ofMinutes(1));
        for (JsonNode item : json(fx.get(fx.a.ownerToken, "/api/v1/feedback?limit=100")).path("data")) {
            String id = item.path("id").asText();
            if (fx.a.feedback.stream().noneMatch(f -> f.id().value().equals(id))) {
                fx.delete(fx.a.ownerToken, "/api/v1/feedback/" + id);
            }
        }
        var feedback = fx.a.feedback.get(0);
        fx.patch(fx.a.ownerToken, "/api/v1/feedback/" + feedback.id(), JSON.createObjectNode()
                .put("title", feedback.title()).put("description", feedback.description()).put("status", "new")
                .put("type", "bug").toString());
        var ticket = fx.a.tickets.get(0);
        var patch = JSON.createObjectNode().put("title", ticket.title()).put("description", ticket.description())
                .put("status", "open").put("priority", "high").putNull("assigned_to");
        patch.putArray("labels").add("bug").add("mobile");
        fx.patch(fx.a.ownerToken, "/api/v1/tickets/" + ticket.id(), patch.toString());
    }

    private static String abbreviate(String body) {
        return body.length() > 40 ? body.substring(0, 40) + "…" : body;
    }
}
