package dev.loopwright.application.port.in;

import java.util.Objects;
import java.util.Optional;

/** Change what a ticket says. Its status changes only through workflow actions. */
public record UpdateTicketCommand(TicketReference ticket, Optional<String> title, Change<String> description,
        Optional<Integer> priority) {
    public UpdateTicketCommand {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
    }
}
