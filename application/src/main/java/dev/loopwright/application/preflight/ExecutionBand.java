package dev.loopwright.application.preflight;

import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Optional;

/**
 * One ticket per project at a time from pre-flight to clean-up: two agents coding in one repository would fight
 * over its checkout, its base branch and its build caches.
 */
public final class ExecutionBand {
    private ExecutionBand() {
    }

    /** Another ticket of the same project that is in the execution band now, if any. */
    public static Optional<Ticket> occupiedBy(TicketRepository tickets, Ticket ticket) {
        return tickets.findAll(Optional.of(ticket.projectId())).stream()
                .filter(other -> !other.id().equals(ticket.id()))
                .filter(other -> other.status().isInExecutionBand())
                .findFirst();
    }

    /** The reference's wording, so a client shows the same message. */
    public static String busyMessage(Ticket other) {
        return "Project execution is busy with " + other.externalId() + " (" + other.status() + "): "
                + other.details().title();
    }
}
