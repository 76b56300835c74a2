package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.List;

/**
 * The interviewer's closing summary. Only these fields are taken from the model's final output; the
 * questions and answers of the interview document always come from the session itself.
 *
 * @param finalFreeFormAnswer what the user added at the end; empty when nothing
 */
public record InterviewSummary(
        List<String> goals,
        List<String> constraints,
        List<String> nonGoals,
        String finalFreeFormAnswer) {

    public static final InterviewSummary EMPTY = new InterviewSummary(List.of(), List.of(), List.of(), "");

    public InterviewSummary {
        Violations violations = new Violations();
        goals = FieldChecks.texts(violations, "summary.goals", goals);
        constraints = FieldChecks.texts(violations, "summary.constraints", constraints);
        nonGoals = FieldChecks.texts(violations, "summary.nonGoals", nonGoals);
        finalFreeFormAnswer = FieldChecks.orEmpty(finalFreeFormAnswer);
        violations.throwIfAny();
    }

    InterviewSummary withFinalFreeFormAnswer(String answer) {
        return new InterviewSummary(goals, constraints, nonGoals, answer);
    }
}
