package dev.loopwright.application.council;

import java.time.Duration;

/** A point in monotonic time; wall clocks jump, and a council deadline must not. */
record Deadline(long nanoTime) {

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, nanoTime - System.nanoTime()));
    }

    boolean passed() {
        return remaining().isZero();
    }
}
