package dev.loopwright.application.intake.generation;

import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Objects;

/**
 * A generated ticket with how it came about, kept as the ticket's AI context.
 *
 * @param attempts prompts sent, the successful one included
 * @param warnings what the parser and the reader repaired or dropped on the way
 */
public record Generation(GeneratedTicket ticket, ModelId model, int attempts, List<String> warnings) {
    public Generation {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(model, "model");
        warnings = List.copyOf(warnings);
    }
}
