package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;
import java.util.Optional;

/**
 * Sends a blocked ticket back to the status it failed in, with a fresh attempt of that phase so the failed
 * attempt's artifacts stay readable but are no longer written to.
 */
public interface RetryTicketUseCase {

    default Ticket retry(TicketReference reference) {
        return retry(reference, Optional.empty());
    }

    /**
     * As {@link #retry(TicketReference)}, with the person's note for the failed phase's work: coding gives it to
     * the failed bead's next iteration, workspace preparation continues its preserved session with it (keeping the
     * failed attempt). Any other phase refuses a note as a conflict.
     */
    Ticket retry(TicketReference reference, Optional<String> note);
}
