package dev.loopwright.application.port.out.runtime;

import dev.loopwright.domain.profile.ModelId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One prompt to one model in a session, with what it may do and how long it may take.
 *
 * @param agent  the runtime's agent to run as (its own default when empty)
 * @param system extra system instructions for this prompt
 */
public record PromptRequest(RuntimeSession session, ModelId model, Optional<String> variant, Optional<String> agent,
        Optional<String> system, String text, ToolPolicy tools, Duration timeout) {
    public PromptRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a prompt needs a positive timeout");
        }
    }

    /** A prompt with the runtime's default agent and no extra system instructions. */
    public static PromptRequest of(RuntimeSession session, ModelId model, String text, ToolPolicy tools,
            Duration timeout) {
        return new PromptRequest(session, model, Optional.empty(), Optional.empty(), Optional.empty(), text, tools,
                timeout);
    }
}
