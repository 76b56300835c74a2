package dev.loopwright.adapter.in.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fixed-window request counting per client and kind of request; at most {@value #MAX_BUCKETS} buckets kept. */
final class RateLimiter {
    static final int MAX_BUCKETS = 1_000;

    private enum Kind { READ, WRITE, AUTOSAVE }

    private static final class Bucket {
        private final long windowStart;
        private int count;

        Bucket(long windowStart) {
            this.windowStart = windowStart;
        }
    }

    private final RateLimits limits;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();

    RateLimiter(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    void check(Context ctx, boolean trustProxy) {
        if (ctx.method() == HandlerType.GET && ctx.path().equals("/api/health")) {
            return;
        }
        Kind kind = kindOf(ctx);
        String key = kind + ":" + client(ctx, trustProxy);
        long now = clock.millis();
        long retryAfterMillis;
        synchronized (buckets) {
            Bucket bucket = buckets.get(key);
            if (bucket == null || now - bucket.windowStart >= limits.windowMillis()) {
                bucket = new Bucket(now - Math.floorMod(now, limits.windowMillis()));
                buckets.remove(key);
                buckets.put(key, bucket);
                evictOldest();
            }
            if (++bucket.count <= limit(kind)) {
                return;
            }
            retryAfterMillis = bucket.windowStart + limits.windowMillis() - now;
        }
        long retryAfterSeconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        throw new ApiProblem(429, "Too many requests. Please retry shortly.",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    private void evictOldest() {
        Iterator<String> oldest = buckets.keySet().iterator();
        while (buckets.size() > MAX_BUCKETS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private int limit(Kind kind) {
        switch (kind) {
            case READ:
                return limits.readsPerWindow();
            case AUTOSAVE:
                return limits.autosavesPerWindow();
            default:
                return limits.writesPerWindow();
        }
    }

    private static Kind kindOf(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD) {
            return Kind.READ;
        }
        if (method == HandlerType.PUT && ctx.path().matches("/api/tickets/[^/]+/ui-state")) {
            return Kind.AUTOSAVE;
        }
        return Kind.WRITE;
    }

    private static String client(Context ctx, boolean trustProxy) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
            String realIp = ctx.header("X-Real-IP");
            if (realIp != null && !realIp.isBlank()) {
                return realIp.trim();
            }
        }
        return ctx.ip();
    }
}
