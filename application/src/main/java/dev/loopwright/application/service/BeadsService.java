package dev.loopwright.application.service;

import dev.loopwright.application.beads.Beads;
import dev.loopwright.application.port.in.ApproveBeadsUseCase;
import dev.loopwright.application.port.in.BeadsView;
import dev.loopwright.application.port.in.GetBeadsUseCase;
import dev.loopwright.application.port.in.SaveBeadsUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Objects;
import java.util.Optional;

/** The bead plan's use cases: finds the ticket a caller names and hands it to the gate. */
public final class BeadsService implements GetBeadsUseCase, SaveBeadsUseCase, ApproveBeadsUseCase {
    private final TicketRepository tickets;
    private final Beads beads;

    public BeadsService(TicketRepository tickets, Beads beads) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.beads = Objects.requireNonNull(beads, "beads");
    }

    @Override
    public BeadsView getBeads(TicketReference reference, Optional<String> flow) {
        return beads.gate().view(find(reference).id(), flow);
    }

    @Override
    public BeadsView saveBeads(TicketReference reference, Optional<String> flow, String beadsJson) {
        return beads.gate().save(find(reference).id(), flow, beadsJson);
    }

    @Override
    public Ticket approveBeads(TicketReference reference, ContentHash reviewed) {
        Ticket ticket = find(reference);
        beads.gate().approve(ticket.id(), reviewed);
        return tickets.findById(ticket.id()).orElseThrow();
    }

    private Ticket find(TicketReference reference) {
        return TicketLookup.find(tickets, reference);
    }
}
