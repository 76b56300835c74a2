package dev.loopwright.adapter.in.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.fake.MutableClock;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.Plan;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The daily window and the choice of which limit the headers describe, without HTTP. */
class TokenRateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T00:00:00Z"));
    private final TokenRateLimiter limiter = new TokenRateLimiter(clock);
    private final ApiTokenId token = new ApiTokenId("tokid_1");

    @Test
    void proGets5000ADayAcrossMinutesThenWaitsForTheNextUtcDay() {
        int served = 0;
        TokenRateLimiter.Decision last = null;
        for (int minute = 0; minute < 90 && served < 5_000; minute++) {
            for (int i = 0; i < 60 && served < 5_000; i++) {
                last = limiter.acquire(token, Plan.PRO);
                assertThat(last.allowed()).isTrue();
                served++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(served).isEqualTo(5_000);
        // Close to the daily limit, the headers describe the day, since that is what runs out first.
        assertThat(last.limit()).isEqualTo(5_000);
        assertThat(last.remaining()).isZero();
        TokenRateLimiter.Decision refused = limiter.acquire(token, Plan.PRO);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.window()).isEqualTo("day");
        assertThat(refused.resetEpochSeconds()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z").getEpochSecond());
        assertThat(refused.retryAfterSeconds()).isEqualTo(Duration.between(clock.instant(),
                Instant.parse("2026-03-11T00:00:00Z")).getSeconds());
        clock.advance(Duration.ofDays(1));
        assertThat(limiter.acquire(token, Plan.PRO).allowed()).isTrue();
    }

    @Test
    void businessDailyLimitIs25000() {
        assertThat(Plan.BUSINESS.requestsPerDay()).isEqualTo(25_000);
        assertThat(Plan.BUSINESS.requestsPerMinute()).isEqualTo(120);
        TokenRateLimiter.Decision first = limiter.acquire(token, Plan.BUSINESS);
        assertThat(first.limit()).isEqualTo(120);
        assertThat(first.remaining()).isEqualTo(119);
    }

    @Test
    void tokensAreCountedApart() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire(token, Plan.PRO);
        }
        assertThat(limiter.acquire(token, Plan.PRO).allowed()).isFalse();
        assertThat(limiter.acquire(new ApiTokenId("tokid_2"), Plan.PRO).allowed()).isTrue();
    }
}
