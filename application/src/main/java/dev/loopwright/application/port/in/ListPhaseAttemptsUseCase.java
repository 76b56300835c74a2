package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;

/** Lists the attempts of one phase of a ticket, oldest first. */
public interface ListPhaseAttemptsUseCase {

    List<PhaseAttempt> list(TicketReference reference, TicketStatus phase);
}
