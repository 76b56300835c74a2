package dev.loopwright.application.port.out.runtime;

import java.util.Objects;
import java.util.Optional;

/** The model's final text for a prompt; untrusted input until parsed and validated. */
public record PromptReply(String text, Optional<String> finishReason) {
    public PromptReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finishReason, "finishReason");
    }
}
