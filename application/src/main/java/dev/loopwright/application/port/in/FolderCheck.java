package dev.loopwright.application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What attaching a folder would mean. Any origin, or none, is fine: a GitHub origin delivers through a pull
 * request, another origin by pushing the ticket branch, and no origin by merging locally.
 *
 * @param status {@code valid} (a repository), {@code invalid} (missing folder or not a repository), or
 *     {@code none} (no path given)
 * @param subfolder whether the path was below the repository root
 * @param existingProject the name of the project that already holds this repository
 */
public record FolderCheck(String status, boolean isGit, Optional<Path> repoRoot, boolean subfolder,
        Optional<String> originUrl, Optional<String> githubRepoSlug, Delivery delivery,
        Optional<String> existingProject, String message) {

    /** How a finished ticket reaches the repository. */
    public enum Delivery { PULL_REQUEST, PUSH, LOCAL_MERGE, NONE }

    public FolderCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(repoRoot, "repoRoot");
        Objects.requireNonNull(originUrl, "originUrl");
        Objects.requireNonNull(githubRepoSlug, "githubRepoSlug");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(existingProject, "existingProject");
        Objects.requireNonNull(message, "message");
    }
}
