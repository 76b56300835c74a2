package dev.loopwright.application.port.in;

import java.util.Objects;

/** What the composition root knows about storage at startup, before anything was read. */
public record StartupFacts(boolean databaseExisted, String databasePath, String dataDirectory,
        String dataDirectorySource) {
    public StartupFacts {
        Objects.requireNonNull(databasePath, "databasePath");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(dataDirectorySource, "dataDirectorySource");
    }
}
