package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.execution.BeadExecutionState;
import dev.loopwright.domain.ticket.TicketId;
import java.util.Optional;

/**
 * The live state of a ticket's beads while they are coded: each bead's status, iteration, notes and start commit,
 * the success checkpoints not yet committed, and a model session preserved for Continue. It must survive a kill:
 * the CODING phase resumes from it after a restart. Written whole, one ticket at a time.
 */
public interface BeadExecutionRepository {

    /** The ticket's execution state; empty until CODING first seeds it from the approved plan. */
    Optional<BeadExecutionState> find(TicketId ticketId);

    /** Stores the ticket's execution state, replacing what was stored. */
    void save(TicketId ticketId, BeadExecutionState state);

    /** Forgets the ticket's execution state; returns how many tickets' states were removed (0 or 1). */
    int delete(TicketId ticketId);
}
