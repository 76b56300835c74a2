package dev.loopwright.application.port.in;

import dev.loopwright.domain.interview.InterviewSession;
import java.util.List;
import java.util.Optional;

/** Changes an answer already given or skipped while the interview runs; no model is asked. */
public interface EditInterviewAnswerUseCase {

    /**
     * @param selectedOptionIds the new selection; when absent the question's current selection is kept. An answer
     *     with no text and no selection skips the question.
     */
    InterviewSession editAnswer(TicketReference reference, String questionId, String answer,
            Optional<List<String>> selectedOptionIds);
}
