package dev.loopwright.adapter.in.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /api/health}: the process is up, since when. */
final class HealthRoutes {
    private final Clock clock;
    private final Instant startedAt;

    HealthRoutes(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** {@code uptime} is in seconds, with milliseconds as the fraction. */
    record HealthJson(String status, String timestamp, double uptime) {
    }

    void register(ApiRoutes routes) {
        routes.get("/api/health", this::health);
    }

    private void health(Context ctx) {
        Instant now = clock.instant();
        double uptimeSeconds = Duration.between(startedAt, now).toMillis() / 1000.0;
        ctx.json(new HealthJson("ok", now.toString(), uptimeSeconds));
    }
}
