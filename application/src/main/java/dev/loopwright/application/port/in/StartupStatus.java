package dev.loopwright.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server found when it started.
 *
 * @param storageKind {@code fresh} (a new database), {@code empty_existing} (an existing one without projects) or
 *     {@code restored} (an existing one with projects)
 * @param dataDirectorySource which rule chose the data directory (flag, environment, XDG_DATA_HOME, home)
 */
public record StartupStatus(String storageKind, String databasePath, String dataDirectory,
        String dataDirectorySource, int restoredProjectCount, boolean showRestoreNotice,
        Optional<Instant> restoreNoticeDismissedAt) {
    public StartupStatus {
        Objects.requireNonNull(storageKind, "storageKind");
        Objects.requireNonNull(databasePath, "databasePath");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(dataDirectorySource, "dataDirectorySource");
        Objects.requireNonNull(restoreNoticeDismissedAt, "restoreNoticeDismissedAt");
    }
}
