package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.Plan;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts each token's requests in fixed windows: the clock minute and the UTC day, with the plan's limits. A
 * request over either limit is refused and not counted. Counts live in memory: a restart forgives them, which
 * errs on the side of the client. At most {@value #MAX_TOKENS} tokens are tracked; the least recently seen
 * are forgotten first.
 */
final class TokenRateLimiter {
    static final int MAX_TOKENS = 10_000;
    private static final long MINUTE = Duration.ofMinutes(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    /** What a request learns: allowed or not, and the numbers for the {@code X-RateLimit-*} headers. */
    record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds,
            String window) {
    }

    private static final class Usage {
        long minuteStart = -1;
        int minuteCount;
        long dayStart = -1;
        int dayCount;
    }

    private final Clock clock;
    private final Map<ApiTokenId, Usage> usage = new LinkedHashMap<>(16, 0.75f, true);

    TokenRateLimiter(Clock clock) {
        this.clock = clock;
    }

    Decision acquire(ApiTokenId token, Plan plan) {
        long now = clock.millis();
        long minuteStart = now - Math.floorMod(now, MINUTE);
        long dayStart = now - Math.floorMod(now, DAY);
        synchronized (usage) {
            Usage u = usage.computeIfAbsent(token, key -> new Usage());
            if (usage.size() > MAX_TOKENS) {
                usage.remove(usage.keySet().iterator().next());
            }
            if (u.minuteStart != minuteStart) {
                u.minuteStart = minuteStart;
                u.minuteCount = 0;
            }
            if (u.dayStart != dayStart) {
                u.dayStart = dayStart;
                u.dayCount = 0;
            }
            if (u.dayCount >= plan.requestsPerDay()) {
                return refused(plan.requestsPerDay(), dayStart + DAY, now, "day");
            }
            if (u.minuteCount >= plan.requestsPerMinute()) {
                return refused(plan.requestsPerMinute(), minuteStart + MINUTE, now, "minute");
            }
            u.minuteCount++;
            u.dayCount++;
            // The headers describe the limit closest to running out, as a client should pace itself by that one.
            int minuteLeft = plan.requestsPerMinute() - u.minuteCount;
            int dayLeft = plan.requestsPerDay() - u.dayCount;
            if (dayLeft < minuteLeft) {
                return new Decision(true, plan.requestsPerDay(), dayLeft, seconds(dayStart + DAY), 0, "day");
            }
            return new Decision(true, plan.requestsPerMinute(), minuteLeft, seconds(minuteStart + MINUTE), 0,
                    "minute");
        }
    }

    private static Decision refused(int limit, long resetMillis, long now, String window) {
        long retryAfter = Math.max(1, (resetMillis - now + 999) / 1000);
        return new Decision(false, limit, 0, seconds(resetMillis), retryAfter, window);
    }

    private static long seconds(long millis) {
        return Math.floorDiv(millis + 999, 1000);
    }
}
