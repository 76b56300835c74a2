package dev.loopwright.application.workflow;

import dev.loopwright.domain.workflow.TicketEvent;
import java.util.Optional;

/**
 * The work of one status, run when a ticket enters it. It must work from durable inputs only, so that running it
 * again after a crash is safe. It returns the event that moves the ticket on, or nothing when a person acts next.
 */
@FunctionalInterface
public interface PhaseHandler {

    Optional<TicketEvent> run(PhaseContext context) throws Exception;
}
