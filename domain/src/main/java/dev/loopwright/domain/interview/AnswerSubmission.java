package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * What a user sent for one question: free text (an answer, or notes beside a choice) and the options picked.
 * Missing parts are read as empty, because a form that leaves a question alone means "skip it".
 */
public record AnswerSubmission(String freeText, List<String> selectedOptionIds) {
    public static final AnswerSubmission EMPTY = new AnswerSubmission("", List.of());

    public AnswerSubmission {
        Violations violations = new Violations();
        freeText = FieldChecks.orEmpty(freeText);
        selectedOptionIds = FieldChecks.texts(violations, "selectedOptionIds",
                selectedOptionIds == null ? List.of() : selectedOptionIds);
        violations.throwIfAny();
    }

    public static AnswerSubmission text(String freeText) {
        return new AnswerSubmission(freeText, List.of());
    }

    public static AnswerSubmission choice(List<String> selectedOptionIds, String notes) {
        return new AnswerSubmission(notes, selectedOptionIds);
    }

    /** Nothing picked and nothing written: the question is skipped. */
    public boolean isEmpty() {
        return freeText.isBlank() && selectedOptionIds.isEmpty();
    }
}
