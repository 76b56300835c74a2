package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.Violations;

/** A question of the interview document together with its answer, which must fit the question. */
public record AnsweredQuestion(InterviewQuestion question, InterviewAnswer answer) {
    public AnsweredQuestion {
        Violations violations = new Violations();
        violations.required("question", question);
        violations.required("answer", answer);
        if (question != null && answer != null) {
            violations.addAll(answer.violationsAgainst(question));
        }
        violations.throwIfAny();
    }

    public String id() {
        return question.id();
    }
}
