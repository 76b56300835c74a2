package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The follow-up questions one round added, numbered per source, so each budget can be counted. */
public record FollowUpRound(int roundNumber, BatchSource source, List<String> questionIds) {
    public FollowUpRound {
        Violations violations = new Violations();
        if (roundNumber < 1) {
            violations.add("roundNumber", "roundNumber must be at least 1, got " + roundNumber);
        }
        violations.required("source", source);
        questionIds = FieldChecks.texts(violations, "questionIds", questionIds);
        FieldChecks.atLeast(violations, "questionIds", questionIds, 1);
        Set<String> repeated = FieldChecks.duplicates(questionIds);
        if (!repeated.isEmpty()) {
            violations.add("questionIds", "follow-up round " + roundNumber + " lists a question twice: "
                    + String.join(", ", repeated));
        }
        violations.throwIfAny();
    }

    FollowUpRound with(String questionId) {
        List<String> ids = new ArrayList<>(questionIds);
        ids.add(questionId);
        return new FollowUpRound(roundNumber, source, ids);
    }
}
