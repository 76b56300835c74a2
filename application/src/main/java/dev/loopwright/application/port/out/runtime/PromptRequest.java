package dev.loopwright.application.port.out.runtime;

import dev.loopwright.domain.profile.ModelId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** One prompt to one model in a session, with what it may do and how long it may take. */
public record PromptRequest(RuntimeSession session, ModelId model, Optional<String> variant, String text,
        ToolPolicy tools, Duration timeout) {
    public PromptRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a prompt needs a positive timeout");
        }
    }
}
