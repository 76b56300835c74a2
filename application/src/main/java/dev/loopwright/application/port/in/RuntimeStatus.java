package dev.loopwright.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** Whether the model runtime answers, its version, and what went wrong when it does not. */
public record RuntimeStatus(boolean reachable, Optional<String> version, Optional<String> problem) {
    public RuntimeStatus {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(problem, "problem");
    }
}
