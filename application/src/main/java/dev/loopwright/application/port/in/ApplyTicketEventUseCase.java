package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TransitionResult;

/**
 * Moves a ticket through the workflow. An accepted event is stored with all its bookkeeping in one
 * transaction; a rejected one changes nothing and says why.
 */
public interface ApplyTicketEventUseCase {

    TransitionResult apply(TicketId ticketId, TicketEvent event);
}
