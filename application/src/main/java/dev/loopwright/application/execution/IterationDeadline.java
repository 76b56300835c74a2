package dev.loopwright.application.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** When an iteration must be over: every prompt and test command in it gets only the time left. */
record IterationDeadline(Clock clock, Instant end) {

    static IterationDeadline after(Clock clock, Duration timeout) {
        Duration bound = timeout.isZero() ? ExecutionSettings.UNBOUNDED : timeout;
        return new IterationDeadline(clock, clock.instant().plus(bound));
    }

    Duration remaining() {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean passed() {
        return remaining().isZero();
    }
}
