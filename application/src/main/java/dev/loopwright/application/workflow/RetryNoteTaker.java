package dev.loopwright.application.workflow;

import dev.loopwright.domain.ticket.Ticket;

/**
 * A phase that can take a person's note when its blocked ticket is retried, and continue its preserved work with
 * it instead of starting fresh. Registered per status with the retry use case; statuses without one refuse notes.
 */
@FunctionalInterface
public interface RetryNoteTaker {

    /**
     * Checks that the note can be acted on and stores it durably for the phase's next run, before RETRY is sent.
     * Throws {@link dev.loopwright.application.error.ConflictException} when the work to continue is gone.
     */
    void take(Ticket blocked, String note);
}
