package dev.loopwright.application.intake.generation;

import dev.loopwright.domain.intake.DevTicketPriority;
import java.util.List;
import java.util.Objects;

/**
 * A developer ticket as the model proposed it, after validation: a one-line title, a Markdown description with
 * its {@code ## Summary} and {@code ## Acceptance Criteria} sections, a priority and short labels.
 */
public record GeneratedTicket(String title, String description, DevTicketPriority priority, List<String> labels) {
    public GeneratedTicket {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
        labels = List.copyOf(labels);
    }
}
