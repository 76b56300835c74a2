package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.RateLimits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main API's protections stay as they were, while /api/v1 works for non-browser clients by its own tokens:
 * a global API token does not lock v1 clients out, and a foreign Host header (a remote deployment's name) is
 * refused on /api but served on /api/v1.
 */
class DeveloperApiGuardsTest {
    private static final String GLOBAL_TOKEN = "global-token-0123456789";

    @TempDir
    Path dataDir;

    @Test
    void theGlobalTokenStillGuardsTheMainApiButNotTheDeveloperApi() throws Exception {
        HttpSecurity security = new HttpSecurity(Optional.of(GLOBAL_TOKEN), false, List.of(), false,
                RateLimits.DEFAULT);
        try (IntakeFixture fx = new IntakeFixture(dataDir, security)) {
            assertThat(fx.get(null, "/api/projects").statusCode()).isEqualTo(401);
            assertThat(fx.get(fx.a.ownerToken, "/api/projects").statusCode()).isEqualTo(401);
            assertThat(fx.get(GLOBAL_TOKEN, "/api/projects").statusCode()).isEqualTo(200);

            assertThat(fx.get(fx.a.ownerToken, "/api/v1/projects").statusCode()).isEqualTo(200);
            assertThat(fx.get(GLOBAL_TOKEN, "/api/v1/projects").statusCode()).isEqualTo(401);
            assertThat(fx.get(null, "/api/v1/projects").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aForeignHostIsRefusedOnTheMainApiOnly() throws Exception {
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            int port = fx.server.port();
            assertThat(raw(port, "/api/health", "api.example.com", null)).startsWith("HTTP/1.1 403");
            assertThat(raw(port, "/api/v1/projects", "api.example.com", fx.a.ownerToken)).startsWith("HTTP/1.1 200");
            assertThat(raw(port, "/api/v1/projects", "api.example.com", null)).startsWith("HTTP/1.1 401");
        }
    }

    @Test
    void browserPreflightFromAnUnlistedOriginIsStillRefused() throws Exception {
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            var response = fx.send(fx.request(null, "/api/v1/projects").header("Origin", "http://evil.example")
                    .header("Access-Control-Request-Method", "GET")
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    /** java.net.http forbids setting Host, so this request is written by hand. */
    private static String raw(int port, String path, String host, String token) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
