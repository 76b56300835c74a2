package dev.loopwright.application.envsetup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When one setup attempt must be over, or none when the setting says no limit. */
record Deadline(Clock clock, Optional<Instant> at) {
    static Deadline after(Clock clock, Duration limit) {
        return new Deadline(clock, limit.isZero() ? Optional.empty() : Optional.of(clock.instant().plus(limit)));
    }

    boolean expired() {
        return remaining().map(Duration::isZero).orElse(false);
    }

    /** Time left, never negative; empty without a limit. */
    Optional<Duration> remaining() {
        return at.map(end -> {
            Duration left = Duration.between(clock.instant(), end);
            return left.isNegative() ? Duration.ZERO : left;
        });
    }
}
