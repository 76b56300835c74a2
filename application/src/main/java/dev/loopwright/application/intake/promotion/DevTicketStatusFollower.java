package dev.loopwright.application.intake.promotion;

import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.intake.DevTicketRepository;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a promoted developer ticket's status in step with its workflow ticket: in_progress once the workflow ticket
 * has started (blocked counts: the work is under way), done when it completes, open again when it is canceled; a
 * DRAFT workflow ticket changes nothing. It hears every status change; {@link #catchUp()} applies the same rule to
 * every workflow ticket at startup, for changes made while it was not listening.
 */
public final class DevTicketStatusFollower implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DevTicketStatusFollower.class);

    private final DevTicketRepository devTickets;
    private final TicketRepository tickets;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DevTicketStatusFollower(DevTicketRepository devTickets, TicketRepository tickets, UnitOfWork unitOfWork,
            Clock clock) {
        this.devTickets = Objects.requireNonNull(devTickets, "devTickets");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The developer status a workflow status implies; empty when it implies none. */
    public static Optional<DevTicketStatus> implied(TicketStatus status) {
        switch (status) {
            case DRAFT:
                return Optional.empty();
            case COMPLETED:
                return Optional.of(DevTicketStatus.DONE);
            case CANCELED:
                return Optional.of(DevTicketStatus.OPEN);
            default:
                return Optional.of(DevTicketStatus.IN_PROGRESS);
        }
    }

    @Override
    public void publish(TicketNotification notification) {
        if (notification instanceof TicketNotification.StateChanged) {
            TicketNotification.StateChanged changed = (TicketNotification.StateChanged) notification;
            follow(changed.ticketId(), changed.to());
        }
    }

    /** Brings every promoted ticket in line with its workflow ticket; returns how many changed. */
    public int catchUp() {
        int changed = 0;
        for (Ticket ticket : tickets.findAll(Optional.empty())) {
            if (follow(ticket.id(), ticket.status())) {
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("Caught up the status of {} promoted developer tickets", changed);
        }
        return changed;
    }

    private boolean follow(TicketId workflowTicket, TicketStatus status) {
        Optional<DevTicketStatus> target = implied(status);
        if (target.isEmpty()) {
            return false;
        }
        // Most workflow tickets were never promoted: a plain read settles those without taking the write lock.
        if (devTickets.findByWorkflowTicket(workflowTicket).filter(ticket -> ticket.status() != target.get())
                .isEmpty()) {
            return false;
        }
        // Read again and write in one transaction, so an edit made through the API in between is not overwritten.
        return unitOfWork.inTransaction(() -> {
            Optional<DevTicket> devTicket = devTickets.findByWorkflowTicket(workflowTicket)
                    .filter(ticket -> ticket.status() != target.get());
            devTicket.ifPresent(ticket -> devTickets.update(ticket.withStatus(target.get(), clock.instant())));
            return devTicket.isPresent();
        });
    }
}
