package dev.loopwright.application.service;

import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.InjectWorkflowEventUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import java.util.Objects;

/** Injects signal events only: events that carry data (START, failures, bead results) come from the workflow. */
public final class DevEventService implements InjectWorkflowEventUseCase {
    private final TicketRepository tickets;
    private final ApplyTicketEventUseCase transitions;

    public DevEventService(TicketRepository tickets, ApplyTicketEventUseCase transitions) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public Ticket inject(TicketReference reference, TicketEventType type) {
        if (!type.isSignal()) {
            throw ValidationException.of("type", type + " carries data and cannot be injected; send a signal event");
        }
        Ticket ticket = TicketLookup.find(tickets, reference);
        return TicketLookup.applyOrConflict(transitions, tickets, ticket, new TicketEvent.Signal(type));
    }
}
