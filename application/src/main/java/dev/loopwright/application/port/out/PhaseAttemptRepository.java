package dev.loopwright.application.port.out;

import dev.loopwright.domain.ticket.PhaseAttempt;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Optional;

/** Stores the attempts of each phase of a ticket. At most one attempt per ticket and phase is active. */
public interface PhaseAttemptRepository {

    Optional<PhaseAttempt> findActive(TicketId ticketId, TicketStatus phase);

    /** Every attempt of the phase, oldest first. */
    List<PhaseAttempt> findAll(TicketId ticketId, TicketStatus phase);

    /** Inserts a new attempt or updates an existing one (same ticket, phase and number). */
    void save(PhaseAttempt attempt);
}
