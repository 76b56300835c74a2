package dev.loopwright.application.service;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.ticket.Ticket;

/** Resolves a caller's ticket reference, checking the project part when one is given. */
final class TicketLookup {
    private TicketLookup() {
    }

    static Ticket find(TicketRepository tickets, TicketReference reference) {
        return tickets.findByExternalId(reference.externalId())
                .filter(ticket -> reference.projectId().map(ticket.projectId()::equals).orElse(true))
                .orElseThrow(() -> NotFoundException.ticket(reference));
    }
}
