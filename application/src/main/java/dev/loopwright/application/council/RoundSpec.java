package dev.loopwright.application.council;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a round runs: where sessions work, what they are titled, the format a corrective prompt repeats, how many
 * retries each member gets, the round's deadline and the longest one prompt may take.
 */
record RoundSpec(Path directory, String title, String outputFormat, int retries, Deadline deadline,
        Duration perPrompt) {
    RoundSpec {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outputFormat, "outputFormat");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(perPrompt, "perPrompt");
    }

    /** The time the next prompt may take: what is left of the round, capped per prompt. Zero when it is over. */
    Duration attemptLimit() {
        Duration left = deadline.remaining();
        return left.compareTo(perPrompt) < 0 ? left : perPrompt;
    }
}
