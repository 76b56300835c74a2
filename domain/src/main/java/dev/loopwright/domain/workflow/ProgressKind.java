package dev.loopwright.domain.workflow;

/** What a progress indicator counts in a long-running status. */
public enum ProgressKind {
    QUESTIONS, BEADS;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
