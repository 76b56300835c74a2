package dev.loopwright.application.port.out.runtime;

import java.util.Objects;
import java.util.Optional;

/** Whether the model runtime answers, and which version it is. */
public record RuntimeHealth(boolean reachable, Optional<String> version, Optional<String> problem) {
    public RuntimeHealth {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(problem, "problem");
    }

    public static RuntimeHealth up(String version) {
        return new RuntimeHealth(true, Optional.of(version), Optional.empty());
    }

    public static RuntimeHealth down(String problem) {
        return new RuntimeHealth(false, Optional.empty(), Optional.of(problem));
    }
}
