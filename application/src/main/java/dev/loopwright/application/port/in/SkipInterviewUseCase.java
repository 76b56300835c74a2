package dev.loopwright.application.port.in;

import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.ticket.Ticket;
import java.util.Map;

/**
 * Ends the interview now: records what the author entered for the waiting batch, skips every question not yet
 * answered, writes the interview document and moves the ticket straight to the approval gate (no coverage check).
 */
public interface SkipInterviewUseCase {

    Ticket skipRemaining(TicketReference reference, Map<String, AnswerSubmission> currentBatchAnswers);
}
