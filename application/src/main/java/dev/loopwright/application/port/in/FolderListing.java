package dev.loopwright.application.port.in;

import dev.loopwright.application.folder.FolderEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One folder of the folder browser with its sub-folders; the parent is absent at the browsing root. */
public record FolderListing(Path currentPath, Optional<Path> parentPath, List<FolderEntry> dirs) {
    public FolderListing {
        Objects.requireNonNull(currentPath, "currentPath");
        Objects.requireNonNull(parentPath, "parentPath");
        dirs = List.copyOf(dirs);
    }
}
