package dev.loopwright.domain.workflow;

import java.util.Locale;

/** What a progress indicator counts in a long-running status. */
public enum ProgressKind {
    QUESTIONS, BEADS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
