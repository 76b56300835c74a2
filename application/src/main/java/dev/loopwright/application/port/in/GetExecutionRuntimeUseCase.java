package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;
import java.util.Optional;

/** The live view of a ticket's bead execution; empty until the ticket first enters CODING. */
public interface GetExecutionRuntimeUseCase {

    Optional<ExecutionRuntimeView> executionRuntime(Ticket ticket);
}
