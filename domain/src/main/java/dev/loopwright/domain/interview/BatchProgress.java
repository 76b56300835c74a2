package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.ValidationException;

/**
 * How far the interview is, as shown beside a batch: {@code current} of about {@code total}. The total is the
 * interviewer's estimate and may grow, but it can never be behind where the interview already is.
 */
public record BatchProgress(int current, int total) {
    public BatchProgress {
        if (current < 0 || total < 1 || total < current) {
            throw ValidationException.of("progress", "progress must satisfy 0 <= current <= total and total >= 1, got "
                    + current + "/" + total);
        }
    }
}
