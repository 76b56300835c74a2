package dev.loopwright.application.council;

import java.time.Duration;
import java.util.Objects;

/**
 * The council settings read live at each step rather than locked at start.
 *
 * @param responseTimeout the one deadline a whole draft or vote round shares, and each refinement call's limit
 * @param minimumQuorum how many members must deliver for a draft or vote round to count
 */
public record CouncilSettings(Duration responseTimeout, int minimumQuorum) {
    public CouncilSettings {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("the council response timeout must be positive");
        }
        if (minimumQuorum < 1) {
            throw new IllegalArgumentException("the quorum is at least 1, got " + minimumQuorum);
        }
    }
}
