package dev.loopwright.application.port.out.github;

import java.util.Locale;

/** Where a pull request stands; GitHub's open/closed plus the draft flag and merge time, folded into one. */
public enum PullRequestState {
    DRAFT, OPEN, MERGED, CLOSED;

    /** From GitHub's fields: merged wins over closed, and draft only matters while open. */
    public static PullRequestState of(String state, boolean draft, boolean merged) {
        if (merged) {
            return MERGED;
        }
        if ("closed".equals(state.toLowerCase(Locale.ROOT))) {
            return CLOSED;
        }
        return draft ? DRAFT : OPEN;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
