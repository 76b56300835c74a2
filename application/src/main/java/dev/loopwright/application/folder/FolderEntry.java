package dev.loopwright.application.folder;

import java.nio.file.Path;
import java.util.Objects;

/** A sub-folder shown by the folder browser. */
public record FolderEntry(String name, Path path) {
    public FolderEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
