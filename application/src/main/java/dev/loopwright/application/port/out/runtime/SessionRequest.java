package dev.loopwright.application.port.out.runtime;

import java.nio.file.Path;
import java.util.Objects;

/** A new runtime session working in {@code directory}. */
public record SessionRequest(Path directory, String title) {
    public SessionRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(title, "title");
    }
}
