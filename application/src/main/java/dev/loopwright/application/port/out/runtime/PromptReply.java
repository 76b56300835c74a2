package dev.loopwright.application.port.out.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * The model's final text for a prompt; untrusted input until parsed and validated.
 *
 * @param messageId the runtime's id of the reply message, for logs
 */
public record PromptReply(String text, Optional<String> finishReason, String messageId, TokenUsage tokens) {
    public PromptReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** Tokens the provider reported for the reply. */
    public record TokenUsage(long input, long output, long reasoning) {
        public static final TokenUsage UNKNOWN = new TokenUsage(0, 0, 0);
    }
}
