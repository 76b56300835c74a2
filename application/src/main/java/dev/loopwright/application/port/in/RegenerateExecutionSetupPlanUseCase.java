package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;

/**
 * Asks the planner for a new plan with the person's commentary: the current attempt is archived at once and the
 * new plan is drafted in the background, announced on the live stream (or the ticket blocks when it fails).
 */
public interface RegenerateExecutionSetupPlanUseCase {

    Ticket regenerate(TicketReference reference, String commentary);
}
