package dev.loopwright.application.folder;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a folder is, as far as attaching it goes.
 *
 * @param root the repository's working-tree root
 * @param originUrl the {@code origin} remote's URL, when there is one
 */
public record RepositoryInfo(Path root, Optional<String> originUrl) {
    public RepositoryInfo {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(originUrl, "originUrl");
    }
}
