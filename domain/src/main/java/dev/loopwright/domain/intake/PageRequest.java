package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.ValidationException;

/** One page of a list: at most {@code limit} items (1-100) after skipping {@code offset}. */
public record PageRequest(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw ValidationException.of("offset", "offset must be 0 or greater");
        }
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }

    /** The fixed page of the lists the API documents without paging (projects, board lists). */
    public static PageRequest all() {
        return new PageRequest(MAX_LIMIT, 0);
    }
}
