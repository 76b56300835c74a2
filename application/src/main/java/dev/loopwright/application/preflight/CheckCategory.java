package dev.loopwright.application.preflight;

import java.util.Locale;

/** What a pre-flight check looks at, for grouping on screen. */
public enum CheckCategory {
    CONNECTIVITY,
    GIT,
    ARTIFACTS,
    CONFIG,
    GRAPH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
