package dev.loopwright.domain.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Why a ticket is in BLOCKED_ERROR. */
public record BlockingError(String message, List<String> codes, Optional<String> diagnostics) {
    public BlockingError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(diagnostics, "diagnostics");
        codes = List.copyOf(codes);
    }
}
