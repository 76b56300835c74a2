package dev.loopwright.application.prompt;

import java.util.List;
import java.util.Objects;

/**
 * What a prompt asks, independent of the ticket: the model's role, the task, numbered instructions, and the exact
 * output format. Texts are ours, written from each phase's purpose.
 */
public record PromptSpec(PromptPhase phase, String role, String task, List<String> instructions, String outputFormat) {
    public PromptSpec {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(outputFormat, "outputFormat");
        instructions = List.copyOf(instructions);
    }
}
