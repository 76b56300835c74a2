package dev.loopwright.application.port.out.runtime;

import java.nio.file.Path;
import java.util.Objects;

/** A session the runtime holds for us. */
public record RuntimeSession(String id, Path directory) {
    public RuntimeSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(directory, "directory");
    }
}
