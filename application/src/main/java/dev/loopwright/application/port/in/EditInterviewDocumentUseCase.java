package dev.loopwright.application.port.in;

import java.util.List;

/**
 * Edits the interview document at its approval gate, as raw YAML or answer by answer. The result is validated,
 * rewritten canonically and back in draft, so any earlier review no longer matches its hash.
 */
public interface EditInterviewDocumentUseCase {

    InterviewView saveDocument(TicketReference reference, String content);

    InterviewView saveAnswers(TicketReference reference, List<InterviewAnswerEdit> edits);
}
