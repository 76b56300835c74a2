package dev.loopwright.application.prompt;

import java.util.List;
import java.util.Objects;

/** A prompt ready to send, and the context parts that had to be left out to fit the budget. */
public record BuiltPrompt(String text, List<ContextKey> dropped) {
    public BuiltPrompt {
        Objects.requireNonNull(text, "text");
        dropped = List.copyOf(dropped);
    }
}
