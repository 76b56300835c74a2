package dev.loopwright.domain.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A git repository Loopwright works on.
 *
 * @param folderPath the repository root, absolute and normalised
 * @param ticketCounter the number given to the project's most recent ticket
 */
public record Project(
        ProjectId id,
        Shortname shortname,
        Path folderPath,
        ProjectDetails details,
        ProjectOverrides overrides,
        int ticketCounter,
        Instant createdAt,
        Instant updatedAt) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortname, "shortname");
        Objects.requireNonNull(folderPath, "folderPath");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!folderPath.isAbsolute()) {
            throw new IllegalArgumentException("a project folder is stored as an absolute path, got " + folderPath);
        }
        folderPath = folderPath.normalize();
        if (ticketCounter < 0) {
            throw new IllegalArgumentException("the ticket counter cannot be negative");
        }
    }

    public Project withDetails(ProjectDetails newDetails, ProjectOverrides newOverrides, Instant now) {
        return new Project(id, shortname, folderPath, newDetails, newOverrides, ticketCounter, createdAt, now);
    }
}
