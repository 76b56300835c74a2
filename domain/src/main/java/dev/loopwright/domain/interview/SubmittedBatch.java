package dev.loopwright.domain.interview;

import dev.loopwright.domain.common.FieldChecks;
import dev.loopwright.domain.common.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A batch the user has answered, kept so the interview can be replayed and resumed in order. */
public record SubmittedBatch(
        int batchNumber,
        BatchSource source,
        Optional<Integer> roundNumber,
        List<String> questionIds,
        boolean finalFreeForm,
        Instant submittedAt) {

    public SubmittedBatch {
        Violations violations = new Violations();
        if (batchNumber < 1) {
            violations.add("batchNumber", "batchNumber must be at least 1, got " + batchNumber);
        }
        violations.required("source", source);
        roundNumber = FieldChecks.orEmpty(roundNumber);
        questionIds = FieldChecks.texts(violations, "questionIds", questionIds);
        FieldChecks.atLeast(violations, "questionIds", questionIds, 1);
        violations.required("submittedAt", submittedAt);
        violations.throwIfAny();
    }

    public static SubmittedBatch of(InterviewBatch batch, Instant submittedAt) {
        return new SubmittedBatch(batch.batchNumber(), batch.source(), batch.roundNumber(), batch.questionIds(),
                batch.finalFreeForm(), submittedAt);
    }
}
