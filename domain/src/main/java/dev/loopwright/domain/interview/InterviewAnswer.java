package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import dev.loopwright.domain.common.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answer recorded for one question. A skip says nothing (no text, no selection) and is marked
 * {@link AnsweredBy#AI_SKIP}; an answer that is not a skip says something.
 *
 * @param freeText the answer, or notes beside a selection; empty when there is none
 * @param answeredAt when it was given; absent for questions that were never asked
 */
public record InterviewAnswer(
        boolean skipped,
        List<String> selectedOptionIds,
        String freeText,
        AnsweredBy answeredBy,
        Optional<Instant> answeredAt) {

    public InterviewAnswer {
        Violations violations = new Violations();
        selectedOptionIds = FieldChecks.texts(violations, "answer.selectedOptionIds", selectedOptionIds);
        freeText = FieldChecks.orEmpty(freeText);
        answeredAt = FieldChecks.orEmpty(answeredAt);
        violations.required("answer.answeredBy", answeredBy);
        Set<String> repeated = FieldChecks.duplicates(selectedOptionIds);
        if (!repeated.isEmpty()) {
            violations.add("answer.selectedOptionIds", "answer.selectedOptionIds must not repeat an option; repeated: "
                    + String.join(", ", repeated));
        }
        boolean saysSomething = !freeText.isBlank() || !selectedOptionIds.isEmpty();
        if (skipped && saysSomething) {
            violations.add("answer.skipped", "a skipped answer has no free text and no selected options");
        }
        if (skipped && answeredBy == AnsweredBy.USER) {
            violations.add("answer.answeredBy", "a skipped answer is marked answeredBy ai_skip, not user");
        }
        if (!skipped && !saysSomething) {
            violations.add("answer.skipped", "an answer with no free text and no selected options must be marked"
                    + " skipped");
        }
        violations.throwIfAny();
    }

    /** What the user submitted, as recorded: a blank submission becomes a skip. */
    public static InterviewAnswer fromUser(AnswerSubmission submission, Instant at) {
        if (submission.isEmpty()) {
            return skipped(Optional.of(at));
        }
        return new InterviewAnswer(false, submission.selectedOptionIds(), submission.freeText(), AnsweredBy.USER,
                Optional.of(at));
    }

    public static InterviewAnswer skipped(Optional<Instant> at) {
        return new InterviewAnswer(true, List.of(), "", AnsweredBy.AI_SKIP, at);
    }

    /** The stand-in for a question the interview ended before asking. */
    public static InterviewAnswer notAsked() {
        return skipped(Optional.empty());
    }

    /** Every way this answer does not fit {@code question}; empty when it fits. */
    public List<Violation> violationsAgainst(InterviewQuestion question) {
        String field = "answers[" + question.id() + "].selectedOptionIds";
        List<Violation> found = new ArrayList<>();
        if (!question.answerType().isChoice()) {
            if (!selectedOptionIds.isEmpty()) {
                found.add(new Violation(field, "question " + question.id()
                        + " is free_text and takes no selected options"));
            }
            return found;
        }
        Set<String> known = question.optionIds();
        for (String selected : selectedOptionIds) {
            if (!known.contains(selected)) {
                found.add(new Violation(field, "question " + question.id() + " has no option '" + selected + "'"));
            }
        }
        if (question.answerType() == AnswerType.SINGLE_CHOICE && selectedOptionIds.size() > 1) {
            found.add(new Violation(field, "question " + question.id()
                    + " is single_choice and takes at most one selected option, got " + selectedOptionIds.size()));
        }
        return found;
    }

    /** Throws when this answer does not fit {@code question}, naming every problem. */
    public void checkAgainst(InterviewQuestion question) {
        List<Violation> found = violationsAgainst(question);
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
