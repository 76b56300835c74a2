package dev.loopwright.app;

import static dev.loopwright.app.IntakeFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-token limits by plan at the per-minute edge, driven by the injected clock instead of sleeping. */
class DeveloperApiRateLimitTest {
    @TempDir
    Path dataDir;

    /** Moves the clock to {@code seconds} past the start of the next minute. */
    private static Instant nextMinutePlus(IntakeFixture fx, int seconds) {
        Instant next = fx.clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        fx.clock.advance(Duration.between(fx.clock.instant(), next.plusSeconds(seconds)));
        return next;
    }

    @Test
    void proTokenGets60AMinuteAndThe61stIs429WithHeaders() throws Exception {
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            Instant minute = nextMinutePlus(fx, 30);
            long reset = minute.plusSeconds(60).getEpochSecond();
            for (int i = 1; i <= 60; i++) {
                HttpResponse<String> ok = fx.get(fx.a.developerToken, "/api/v1/tickets");
                assertThat(ok.statusCode()).as("request %d", i).isEqualTo(200);
                assertThat(ok.headers().firstValue("X-RateLimit-Limit")).hasValue("60");
                assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(60 - i));
                assertThat(ok.headers().firstValue("X-RateLimit-Reset")).hasValue(Long.toString(reset));
            }
            HttpResponse<String> refused = fx.get(fx.a.developerToken, "/api/v1/tickets");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(refused.headers().firstValue("X-RateLimit-Limit")).hasValue("60");
            assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
            assertThat(refused.headers().firstValue("X-RateLimit-Reset")).hasValue(Long.toString(reset));
            assertThat(json(refused).path("error").asText())
                    .isEqualTo("Rate limit exceeded: 60 requests per minute for this token; retry after 30 s");
            // Writes count too, and a refused request is not served.
            assertThat(fx.patch(fx.a.developerToken, "/api/v1/tickets/" + fx.a.tickets.get(0).id(),
                    "{\"status\":\"done\"}").statusCode()).isEqualTo(429);

            // Limits are per token: another token of the same organisation is unaffected.
            assertThat(fx.get(fx.a.ownerToken, "/api/v1/tickets").statusCode()).isEqualTo(200);

            // One second before the window ends it is still closed; at the next minute it opens again.
            fx.clock.advance(Duration.ofSeconds(29));
            HttpResponse<String> stillRefused = fx.get(fx.a.developerToken, "/api/v1/tickets");
            assertThat(stillRefused.statusCode()).isEqualTo(429);
            assertThat(stillRefused.headers().firstValue("Retry-After")).hasValue("1");
            fx.clock.advance(Duration.ofSeconds(1));
            HttpResponse<String> again = fx.get(fx.a.developerToken, "/api/v1/tickets");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.headers().firstValue("X-RateLimit-Remaining")).hasValue("59");
            assertThat(json(fx.get(fx.a.ownerToken, "/api/v1/tickets/" + fx.a.tickets.get(0).id())).path("data")
                    .path("status").asText()).isEqualTo("open");
        }
    }

    @Test
    void businessTokenGets120AMinute() throws Exception {
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            nextMinutePlus(fx, 0);
            for (int i = 1; i <= 120; i++) {
                assertThat(fx.get(fx.b.ownerToken, "/api/v1/clients").statusCode()).as("request %d", i).isEqualTo(200);
            }
            HttpResponse<String> refused = fx.get(fx.b.ownerToken, "/api/v1/clients");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("X-RateLimit-Limit")).hasValue("120");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        }
    }

    @Test
    void unauthenticatedRequestsAndTheOpenApiDocumentDoNotCount() throws Exception {
        try (IntakeFixture fx = new IntakeFixture(dataDir)) {
            nextMinutePlus(fx, 0);
            for (int i = 0; i < 70; i++) {
                assertThat(fx.get(null, "/api/v1/openapi.json").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> first = fx.get(fx.a.ownerToken, "/api/v1/projects");
            assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("59");
        }
    }
}
