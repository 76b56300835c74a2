package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketEventType;

/**
 * Sends a bare workflow event to a ticket as if a phase had produced it, for tests and demos. The transition
 * table still decides: an event the ticket's status does not accept changes nothing.
 */
public interface InjectWorkflowEventUseCase {

    Ticket inject(TicketReference ticket, TicketEventType type);
}
