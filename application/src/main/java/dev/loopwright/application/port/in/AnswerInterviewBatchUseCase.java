package dev.loopwright.application.port.in;

import dev.loopwright.domain.interview.AnswerSubmission;
import java.util.Map;

/**
 * Records the author's answers to the batch waiting for them and returns at once; the interviewer's next batch
 * arrives in the background (an {@code interview_session} artifact change). If the interviewer fails, the answers
 * are put back as unanswered and an {@code interview_error} is stored, so the author can send them again.
 */
public interface AnswerInterviewBatchUseCase {

    /** @param answers by question id; a question left out or left blank is skipped */
    void answerBatch(TicketReference reference, Map<String, AnswerSubmission> answers);
}
