package dev.loopwright.domain.interview;

import static dev.loopwright.domain.interview.Questions.compiled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewBatchTest {

    private static InterviewBatch batch(int number, List<InterviewQuestion> questions) {
        return new InterviewBatch(number, questions, new BatchProgress(1, 5), false, null, BatchSource.INTERVIEWER,
                Optional.empty());
    }

    @Test
    void batchNumbersStartAtOne() {
        assertThat(batch(1, List.of(compiled("Q01"))).batchNumber()).isEqualTo(1);
        assertThatThrownBy(() -> batch(0, List.of(compiled("Q01"))))
                .hasMessage("batchNumber must be at least 1, got 0");
    }

    @Test
    void aBatchAsksAtLeastOneQuestionAndEachOnce() {
        assertThatThrownBy(() -> batch(1, List.of())).hasMessage("questions must have at least 1 entry");
        assertThatThrownBy(() -> batch(1, List.of(compiled("Q01"), compiled("Q01"))))
                .hasMessage("batch 1 asks the same question twice: Q01");
        assertThat(batch(1, List.of(compiled("Q01"), compiled("Q02"), compiled("Q03"), compiled("Q04")))
                .questionIds()).containsExactly("Q01", "Q02", "Q03", "Q04");
    }

    @Test
    void progressNeverRunsAheadOfItsTotal() {
        assertThat(new BatchProgress(3, 3).total()).isEqualTo(3);
        assertThatThrownBy(() -> new BatchProgress(4, 3))
                .hasMessage("progress must satisfy 0 <= current <= total and total >= 1, got 4/3");
        assertThatThrownBy(() -> new BatchProgress(0, 0)).hasMessageContaining("total >= 1");
    }

    @Test
    void finalFreeFormQuestionsLiveOnlyInTheFinalBatch() {
        assertThat(Questions.finalBatch(4, Questions.finalFreeForm("QFF1")).finalFreeForm()).isTrue();
        assertThatThrownBy(() -> Questions.finalBatch(4, compiled("Q01")))
                .hasMessage("batch 4: question Q01 is in the final free-form batch but its source is compiled");
        assertThatThrownBy(() -> Questions.batch(2, Questions.finalFreeForm("QFF1")))
                .hasMessage("batch 2: question QFF1 is final_free_form but the batch is not the final free-form batch");
    }

    @Test
    void coverageBatchesHoldTheirRoundsCoverageFollowUps() {
        InterviewQuestion cfu1 = Questions.followUp("CFU1", QuestionSource.COVERAGE_FOLLOW_UP, 1);
        assertThat(Questions.coverageBatch(5, 1, cfu1).roundNumber()).contains(1);
        assertThatThrownBy(() -> Questions.coverageBatch(5, 2, cfu1))
                .hasMessage("batch 5: question CFU1 belongs to follow-up round 1 but the batch is round 2");
        assertThatThrownBy(() -> Questions.coverageBatch(5, 1, compiled("Q01")))
                .hasMessage("batch 5: question Q01 is in a coverage batch but its source is compiled");
        assertThatThrownBy(() -> new InterviewBatch(5, List.of(cfu1), new BatchProgress(1, 2), false, "",
                BatchSource.COVERAGE, Optional.empty()))
                .hasMessage("batch 5 comes from coverage and needs a roundNumber");
        assertThatThrownBy(() -> Questions.batch(3, cfu1))
                .hasMessage("batch 3: question CFU1 is a coverage_follow_up but the batch comes from the interviewer");
    }
}
