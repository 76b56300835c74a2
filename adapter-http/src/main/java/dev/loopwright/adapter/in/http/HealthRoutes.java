package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.StartupStatus;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/health}: the process is up, since when, and what storage it found at startup. */
final class HealthRoutes {
    private final Clock clock;
    private final HttpUseCases useCases;
    private final Instant startedAt;

    HealthRoutes(Clock clock, HttpUseCases useCases) {
        this.clock = clock;
        this.useCases = useCases;
        this.startedAt = clock.instant();
    }

    /** {@code uptime} is in seconds, with milliseconds as the fraction. */
    record HealthJson(String status, String timestamp, double uptime) {
    }

    void register(ApiRoutes routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/health/startup", ctx -> ctx.json(startup(useCases.startupStatus().status())));
        routes.post("/api/health/startup/restore-notice/dismiss", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("dismissedAt", useCases.dismissRestoreNotice().dismiss().toString());
            ctx.json(body);
        });
    }

    private static Map<String, Object> startup(StartupStatus status) {
        Map<String, Object> storage = new LinkedHashMap<>();
        storage.put("kind", status.storageKind());
        storage.put("dbPath", status.databasePath());
        storage.put("dataDir", status.dataDirectory());
        storage.put("source", status.dataDirectorySource());
        storage.put("restoredProjectCount", status.restoredProjectCount());
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("shouldShow", status.showRestoreNotice());
        notice.put("dismissedAt", status.restoreNoticeDismissedAt().map(Object::toString).orElse(null));
        return Map.of("storage", storage, "ui", Map.of("restoreNotice", notice));
    }

    private void health(Context ctx) {
        Instant now = clock.instant();
        double uptimeSeconds = Duration.between(startedAt, now).toMillis() / 1000.0;
        ctx.json(new HealthJson("ok", now.toString(), uptimeSeconds));
    }
}
