package dev.loopwright.application.service;

import dev.loopwright.application.delivery.ReviewActions;
import dev.loopwright.application.port.in.DeliverTicketUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Objects;

/** Merge, verify (its alias) and close-unmerged of a ticket waiting for pull-request review. */
public final class DeliveryService implements DeliverTicketUseCase {
    private final TicketRepository tickets;
    private final ReviewActions review;

    public DeliveryService(TicketRepository tickets, ReviewActions review) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.review = Objects.requireNonNull(review, "review");
    }

    @Override
    public Ticket merge(TicketReference reference) {
        return review.merge(TicketLookup.find(tickets, reference));
    }

    @Override
    public Ticket closeUnmerged(TicketReference reference) {
        return review.closeUnmerged(TicketLookup.find(tickets, reference));
    }
}
