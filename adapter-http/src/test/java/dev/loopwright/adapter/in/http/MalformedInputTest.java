package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.domain.ticket.UiStateScope;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends garbage to every registered route: broken and wrongly typed JSON, wrong content types, huge strings and
 * path traversal in every path parameter. No answer may be a 5xx or a non-JSON error, and nothing stored may change.
 */
class MalformedInputTest {
    private static final String HUGE = "x".repeat(50_000);
    private static final List<String> FIELDS = List.of("name", "shortname", "folderPath", "icon", "color", "title",
            "description", "priority", "projectId", "scope", "data", "expectedRevision", "actionId", "mainImplementer",
            "mainImplementerVariant", "councilMembers", "councilMemberVariants", "manualQaEnabled", "manualQaOverride",
            "gitHookPolicy", "maxIterations", "councilResponseTimeout", "minCouncilQuorum", "status");
    private static final List<String> BAD_IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..", "SHOP-0", "1:..%2Fx",
            "-1", "99999999999999999999", "%00", HUGE.substring(0, 5_000), "%2Ftmp%2Fsecret", "SHOP-1%2F..%2F..");

    /** Writes that take no body: they ignore one, so accepting it is right. */
    private static final Set<String> BODYLESS = Set.of("POST /api/health/startup/restore-notice/dismiss");

    @TempDir
    Path temp;

    @Test
    void noRouteAnswersGarbageWithA5xxOrChangesStoredState() throws Exception {
        // Generous limits: this test is about validation, and a 429 would answer before the body is even read.
        HttpSecurity roomy = new HttpSecurity(Optional.empty(), false, List.of(), false,
                new RateLimits(100_000, 100_000, 100_000, 60_000));
        try (TestServer server = new TestServer(roomy)) {
            seed(server);
            String before = snapshot(server);
            List<String> failures = new ArrayList<>();
            for (ApiRoutes.Route route : routes()) {
                for (String path : concretePaths(route.path())) {
                    for (String body : bodies()) {
                        if (path.contains("%00") && body.length() > 100_000) {
                            // Jetty refuses this request line at once and closes the socket while a large body
                            // is still being uploaded, so no client could read the (JSON) answer.
                            continue;
                        }
                        check(server, route.method().toUpperCase(Locale.ROOT), path, body,
                                Map.of("Content-Type", "application/json"), failures);
                    }
                    check(server, route.method().toUpperCase(Locale.ROOT), path, "name=x",
                            Map.of("Content-Type", "text/plain"), failures);
                }
            }
            assertThat(failures).isEmpty();
            assertThat(snapshot(server)).isEqualTo(before);
        }
    }

    private void seed(TestServer server) throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo/.git")).getParent();
        assertThat(server.post("/api/projects", "{\"name\":\"Shop\",\"shortname\":\"SHOP\",\"folderPath\":"
                + TestServer.JSON.writeValueAsString(repo.toString()) + "}").status()).isEqualTo(201);
        assertThat(server.post("/api/tickets", "{\"projectId\":1,\"title\":\"t\"}").status()).isEqualTo(201);
        assertThat(server.post("/api/profile", "{}").status()).isEqualTo(201);
        assertThat(server.put("/api/tickets/SHOP-1/ui-state",
                "{\"scope\":\"s\",\"data\":{},\"expectedRevision\":0,\"actionId\":\"a\"}").status()).isEqualTo(200);
    }

    private static List<ApiRoutes.Route> routes() {
        HttpApi api = new HttpApi(TestServer.useCases(InMemoryRepositories.create(),
                MutableClock.atEpochDay()), HttpSecurity.LOCAL_OPEN,
                new TicketStreams(StreamSettings.DEFAULT, Clock.systemUTC()), Clock.systemUTC());
        Javalin.create(api::configure);
        return api.registeredRoutes();
    }

    /** Every bad value in each path parameter; query strings get traversal too. */
    private static List<String> concretePaths(String template) {
        List<String> paths = new ArrayList<>();
        if (!template.contains("{")) {
            paths.add(template);
            paths.add(template + "?projectId=..%2F..&scope=..%2F..&path=%2Fetc%2Fpasswd");
            return paths;
        }
        for (String bad : BAD_IDS) {
            paths.add(template.replace("{id}", bad).replace("{phase}", "DRAFT").replace("{requestId}", "que_1")
                    .replace("{file}", "prd").replace("{beadId}", "B1"));
        }
        paths.add(template.replace("{id}", "SHOP-1").replace("{phase}", "..%2F..%2Fetc")
                .replace("{requestId}", "..%2F..%2Fetc").replace("{file}", "..%2F..%2Fetc")
                .replace("{beadId}", "..%2F..%2Fetc"));
        return paths;
    }

    /** Invalid bodies only: each one must be refused, so nothing may be stored. */
    private static List<String> bodies() throws Exception {
        List<String> bodies = new ArrayList<>(List.of("{", "[]", "\"text\"", "null", "12", "{\"a\":}", "\u0000"));
        for (Object wrong : List.of(Map.of("nested", List.of(1, 2)), List.of(Map.of()), 1e300, -1, true, HUGE)) {
            Map<String, Object> body = new LinkedHashMap<>();
            FIELDS.forEach(field -> body.put(field, wrong));
            body.put("unexpected", "extra");
            bodies.add(TestServer.JSON.writeValueAsString(body));
        }
        return bodies;
    }

    private static void check(TestServer server, String method, String path, String body, Map<String, String> headers,
            List<String> failures) throws Exception {
        boolean write = !method.equals("GET") && !method.equals("DELETE");
        String where = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
                + (write ? " body " + (body.length() > 60 ? body.substring(0, 60) + "…" : body) : "");
        TestServer.Reply reply;
        try {
            reply = server.send(method, path, write ? body : null, write ? headers : Map.of());
        } catch (IOException closedByEarlierError) {
            // The server may close a connection after refusing a request; a pooled connection then fails once.
            try {
                reply = server.send(method, path, write ? body : null, write ? headers : Map.of());
            } catch (IOException e) {
                failures.add(where + " -> no answer: " + e.getMessage());
                return;
            }
        }
        if (reply.status() >= 500) {
            failures.add(where + " -> " + reply.status() + " " + reply.raw().body());
        } else if (reply.status() >= 400 && (reply.body() == null || !reply.body().has("error"))) {
            failures.add(where + " -> " + reply.status() + " without a JSON error: " + reply.raw().body());
        } else if (write && reply.status() < 400 && !BODYLESS.contains(method + " " + path.replaceAll("\\?.*", ""))) {
            failures.add(where + " -> " + reply.status() + " accepted an invalid body");
        }
    }

    private static String snapshot(TestServer server) {
        var r = server.repositories;
        return String.valueOf(r.profiles().find()) + r.projects().findAll() + r.tickets().findAll(Optional.empty())
                + r.tickets().findAll(Optional.empty()).stream()
                        .map(t -> r.uiStates().find(t.id(), new UiStateScope("s")) + "" + r.artifacts().findAll(t.id()))
                        .toList();
    }
}
