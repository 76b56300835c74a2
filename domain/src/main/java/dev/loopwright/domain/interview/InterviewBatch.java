package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions put to the user in one turn. The interviewer asks a few at a time; a coverage batch holds
 * every follow-up of its round at once, so there is no upper bound here.
 *
 * @param finalFreeForm whether this is the closing "anything else?" batch
 * @param commentary what the interviewer says around the questions; empty when nothing
 * @param roundNumber the follow-up round the batch belongs to; required for coverage batches
 */
public record InterviewBatch(
        int batchNumber,
        List<InterviewQuestion> questions,
        BatchProgress progress,
        boolean finalFreeForm,
        String commentary,
        BatchSource source,
        Optional<Integer> roundNumber) {

    public InterviewBatch {
        String field = "batch " + batchNumber;
        Violations violations = new Violations();
        if (batchNumber < 1) {
            violations.add("batchNumber", "batchNumber must be at least 1, got " + batchNumber);
        }
        questions = FieldChecks.list(violations, "questions", questions);
        FieldChecks.atLeast(violations, "questions", questions, 1);
        violations.required("progress", progress);
        commentary = FieldChecks.orEmpty(commentary);
        violations.required("source", source);
        roundNumber = FieldChecks.orEmpty(roundNumber);
        roundNumber.filter(round -> round < 1).ifPresent(round ->
                violations.add("roundNumber", "roundNumber must be at least 1, got " + round));

        Set<String> repeated = FieldChecks.duplicates(questions.stream().map(InterviewQuestion::id).toList());
        if (!repeated.isEmpty()) {
            violations.add("questions", field + " asks the same question twice: " + String.join(", ", repeated));
        }
        for (InterviewQuestion question : questions) {
            checkSourceFits(violations, field, question, finalFreeForm, source, roundNumber);
        }
        if (source == BatchSource.COVERAGE && roundNumber.isEmpty()) {
            violations.add("roundNumber", field + " comes from coverage and needs a roundNumber");
        }
        if (source == BatchSource.COVERAGE && finalFreeForm) {
            violations.add("finalFreeForm", field + " comes from coverage and cannot be the final free-form batch");
        }
        violations.throwIfAny();
    }

    public List<String> questionIds() {
        return questions.stream().map(InterviewQuestion::id).toList();
    }

    public boolean contains(String questionId) {
        return questions.stream().anyMatch(question -> question.id().equals(questionId));
    }

    /**
     * A question's source must agree with the batch: final free-form questions live only in the final batch,
     * and coverage follow-ups only in coverage batches of their own round. Otherwise counting follow-ups
     * against the right budget would be guesswork.
     */
    private static void checkSourceFits(Violations violations, String field, InterviewQuestion question,
            boolean finalFreeForm, BatchSource source, Optional<Integer> roundNumber) {
        String where = field + ": question " + question.id();
        boolean isFinal = question.source() == QuestionSource.FINAL_FREE_FORM;
        if (finalFreeForm && !isFinal) {
            violations.add("questions", where + " is in the final free-form batch but its source is "
                    + question.source().wireName());
        }
        if (!finalFreeForm && isFinal) {
            violations.add("questions", where + " is final_free_form but the batch is not the final free-form batch");
        }
        boolean isCoverage = question.source() == QuestionSource.COVERAGE_FOLLOW_UP;
        if (source == BatchSource.COVERAGE && !isCoverage) {
            violations.add("questions", where + " is in a coverage batch but its source is "
                    + question.source().wireName());
        }
        if (source == BatchSource.INTERVIEWER && isCoverage) {
            violations.add("questions", where + " is a coverage_follow_up but the batch comes from the interviewer");
        }
        if (source == BatchSource.COVERAGE && isCoverage && roundNumber.isPresent()
                && !question.followUpRound().equals(roundNumber)) {
            violations.add("questions", where + " belongs to follow-up round " + question.followUpRound().orElse(0)
                    + " but the batch is round " + roundNumber.get());
        }
    }
}
