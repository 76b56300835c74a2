package dev.loopwright.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.fake.InMemoryRepositories;
import dev.loopwright.application.fake.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestGuardsTest {
    private static final String TOKEN = "0123456789abcdef-token";

    private static HttpSecurity withToken() {
        return new HttpSecurity(Optional.of(TOKEN), false, List.of("http://localhost:5173"), false, RateLimits.DEFAULT);
    }

    @Test
    void aConfiguredTokenIsRequiredInEitherHeader() throws Exception {
        try (TestServer server = new TestServer(withToken())) {
            TestServer.Reply missing = server.get("/api/workflow/meta");
            assertThat(missing.status()).isEqualTo(401);
            assertThat(missing.error()).isEqualTo("Unauthorized");
            assertThat(server.send("GET", "/api/workflow/meta", null, Map.of("Authorization", "Bearer wrong-token-value"))
                    .status()).isEqualTo(401);
            assertThat(server.send("GET", "/api/workflow/meta", null, Map.of("Authorization", "bearer " + TOKEN))
                    .status()).isEqualTo(200);
            assertThat(server.send("GET", "/api/workflow/meta", null, Map.of("X-Loopwright-Token", TOKEN))
                    .status()).isEqualTo(200);
            assertThat(server.get("/api/workflow/meta?apiToken=" + TOKEN).status())
                    .as("the query token is for the stream only").isEqualTo(401);
        }
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        try (TestServer server = new TestServer()) {
            TestServer.Reply reply = server.get("/api/health");
            assertThat(reply.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(reply.raw().headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    @Test
    void corsIsOfferedOnlyToConfiguredOrigins() throws Exception {
        try (TestServer server = new TestServer(withToken())) {
            TestServer.Reply allowed = server.send("OPTIONS", "/api/tickets", null,
                    Map.of("Origin", "http://localhost:5173", "Access-Control-Request-Method", "POST"));
            assertThat(allowed.status()).isEqualTo(204);
            assertThat(allowed.raw().headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
            TestServer.Reply refused = server.send("OPTIONS", "/api/tickets", null,
                    Map.of("Origin", "http://evil.example", "Access-Control-Request-Method", "POST"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (TestServer server = new TestServer()) {
            assertThat(rawGet(server.port(), "attacker.example:" + server.port())).startsWith("HTTP/1.1 403");
            assertThat(rawGet(server.port(), "localhost:" + server.port())).startsWith("HTTP/1.1 200");
            assertThat(rawGet(server.port(), "127.0.0.1")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void writesAreRateLimitedWithRetryAfter() throws Exception {
        HttpSecurity tight = new HttpSecurity(Optional.empty(), false, List.of(), false, new RateLimits(100, 2, 100, 60_000));
        try (TestServer server = new TestServer(tight)) {
            server.clock.advance(Duration.ofSeconds(15));
            server.post("/api/profile", "{}");
            server.patch("/api/profile", "{}");
            TestServer.Reply limited = server.patch("/api/profile", "{}");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.error()).isEqualTo("Too many requests. Please retry shortly.");
            assertThat(limited.raw().headers().firstValue("Retry-After")).contains("45");
            assertThat(server.get("/api/profile").status()).as("reads have their own budget").isEqualTo(200);

            server.clock.advance(Duration.ofSeconds(45));
            assertThat(server.patch("/api/profile", "{}").status()).as("a new window").isEqualTo(200);
        }
    }

    @Test
    void bodiesMustBeJsonOfAtMostTwoMebibytes() throws Exception {
        try (TestServer server = new TestServer()) {
            TestServer.Reply wrongType = server.send("POST", "/api/profile", "a=b",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(wrongType.status()).isEqualTo(415);
            assertThat(wrongType.error()).isEqualTo("Content-Type must be application/json");

            TestServer.Reply malformed = server.post("/api/profile", "{\"minCouncilQuorum\": ");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.error()).isEqualTo("Invalid JSON in request body");

            String huge = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
            TestServer.Reply tooLarge = server.post("/api/profile", huge);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.error()).isEqualTo("Request body exceeds 2097152 bytes");

            TestServer.Reply notAnObject = server.patch("/api/profile", "[1,2]");
            assertThat(notAnObject.status()).isEqualTo(400);
            assertThat(notAnObject.error()).isEqualTo("The request body must be a JSON object");
        }
    }

    @Test
    void anOpenApiMayNotBindToANetworkAddress() {
        HttpApi open = new HttpApi(TestServer.useCases(InMemoryRepositories.create(),
                MutableClock.atEpochDay()), HttpSecurity.LOCAL_OPEN,
                new TicketStreams(StreamSettings.DEFAULT, Clock.systemUTC()), Clock.systemUTC());
        assertThatThrownBy(() -> open.start(new HttpServerSettings("0.0.0.0", 0)))
                .hasMessageContaining("Refusing to bind 0.0.0.0");
        HttpApi tokenButNotAllowed = new HttpApi(TestServer.useCases(
                InMemoryRepositories.create(),
                MutableClock.atEpochDay()), withToken(), new TicketStreams(StreamSettings.DEFAULT, Clock.systemUTC()),
                Clock.systemUTC());
        assertThatThrownBy(() -> tokenButNotAllowed.start(new HttpServerSettings("0.0.0.0", 0)))
                .hasMessageContaining("needs remote access to be allowed and an API token");
    }

    @Test
    void tokensAreComparedInConstantTime() {
        assertThat(RequestGuards.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(RequestGuards.constantTimeEquals("abc", "abd")).isFalse();
        assertThat(RequestGuards.constantTimeEquals("abc", "abcd")).isFalse();
    }

    /** java.net.http forbids setting Host, so this request is written by hand. */
    private static String rawGet(int port, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
