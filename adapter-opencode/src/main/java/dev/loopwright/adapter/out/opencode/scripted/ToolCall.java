package dev.loopwright.adapter.out.opencode.scripted;

import java.util.Objects;

/** A function call made by the model: the tool's name and its arguments as a JSON text. */
public record ToolCall(String name, String argumentsJson) {
    public ToolCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentsJson, "argumentsJson");
    }
}
