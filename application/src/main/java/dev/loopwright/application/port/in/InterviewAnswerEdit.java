package dev.loopwright.application.port.in;

import java.util.List;
import java.util.Objects;

/** A new answer for one question of the interview document, as edited at the approval gate. */
public record InterviewAnswerEdit(String questionId, boolean skipped, List<String> selectedOptionIds,
        String freeText) {
    public InterviewAnswerEdit {
        Objects.requireNonNull(questionId, "questionId");
        selectedOptionIds = List.copyOf(selectedOptionIds);
        freeText = freeText == null ? "" : freeText;
    }
}
