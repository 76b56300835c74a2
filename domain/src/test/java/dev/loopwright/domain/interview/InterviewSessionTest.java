package dev.loopwright.domain.interview;

import static dev.loopwright.domain.interview.Questions.batch;
import static dev.loopwright.domain.interview.Questions.choice;
import static dev.loopwright.domain.interview.Questions.compiled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.ModelId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewSessionTest {
    private static final ModelId WINNER = new ModelId("openai/gpt-5");
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final Instant T3 = T0.plusSeconds(180);

    private static final InterviewQuestion Q01 = compiled("Q01");
    private static final InterviewQuestion Q02 = choice("Q02", AnswerType.SINGLE_CHOICE, 3);
    private static final InterviewQuestion Q03 = choice("Q03", AnswerType.MULTIPLE_CHOICE, 4);
    private static final InterviewQuestion Q04 = compiled("Q04");

    private static InterviewSession started() {
        return InterviewSession.start(WINNER, 50, 20, List.of(Q01, Q02, Q03, Q04), T0);
    }

    private static InterviewSession waitingOnFirstBatch() {
        return started().presentBatch(batch(1, Q01, Q02, Q03), T1);
    }

    @Test
    void theFollowUpBudgetIsAShareOfTheInterviewWithAFloorOfOne() {
        assertThat(InterviewSession.followUpBudget(50, 20)).isEqualTo(10);
        assertThat(InterviewSession.followUpBudget(50, 100)).isEqualTo(50);
        assertThat(InterviewSession.followUpBudget(3, 10)).isEqualTo(1);
        assertThat(InterviewSession.followUpBudget(0, 20)).isEqualTo(1);
        assertThat(InterviewSession.followUpBudget(19, 10)).isEqualTo(1);
        assertThat(InterviewSession.followUpBudget(20, 10)).isEqualTo(2);
    }

    @Test
    void zeroPercentMeansNoFollowUpsUnlikeTheReference() {
        assertThat(InterviewSession.followUpBudget(50, 0)).isZero();
        assertThat(InterviewSession.followUpBudget(50, 1)).isEqualTo(1);
    }

    @Test
    void theFollowUpBudgetRejectsOutOfRangeInput() {
        assertThatThrownBy(() -> InterviewSession.followUpBudget(50, 101))
                .hasMessage("coverageFollowUpBudgetPercent must be between 0 and 100 percent");
        assertThatThrownBy(() -> InterviewSession.followUpBudget(-1, 20))
                .hasMessage("maxInitialQuestions must be at least 0, got -1");
    }

    @Test
    void startingSeedsTheCompiledQuestionsAsPending() {
        InterviewSession session = started();
        assertThat(session.maxFollowUps()).isEqualTo(10);
        assertThat(session.questionIds()).containsExactly("Q01", "Q02", "Q03", "Q04");
        assertThat(session.statusOf("Q01")).isEqualTo(QuestionStatus.PENDING);
        assertThat(session.currentBatch()).isEmpty();
        assertThat(session.isComplete()).isFalse();
        assertThatThrownBy(() -> InterviewSession.start(WINNER, 50, 20,
                List.of(Questions.followUp("FU1", QuestionSource.PROMPT_FOLLOW_UP, 1)), T0))
                .hasMessage("question FU1 seeds the interview, so its source must be compiled, not prompt_follow_up");
    }

    @Test
    void presentingABatchMakesItsQuestionsCurrent() {
        InterviewSession session = waitingOnFirstBatch();
        assertThat(session.statusOf("Q02")).isEqualTo(QuestionStatus.CURRENT);
        assertThat(session.statusOf("Q04")).isEqualTo(QuestionStatus.PENDING);
        assertThat(session.updatedAt()).isEqualTo(T1);
        assertThatThrownBy(() -> session.presentBatch(batch(2, Q04), T2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("batch 1 is still waiting for answers");
    }

    @Test
    void answeringRecordsEveryQuestionOfTheBatchAndBlankMeansSkipped() {
        InterviewSession before = waitingOnFirstBatch();
        InterviewSession after = before.answerCurrentBatch(Map.of(
                "Q01", AnswerSubmission.text("Internal admins"),
                "Q02", AnswerSubmission.choice(List.of("opt2"), "  ")), T2);

        assertThat(after.answer("Q01")).map(InterviewAnswer::freeText).contains("Internal admins");
        assertThat(after.answer("Q02")).map(InterviewAnswer::selectedOptionIds).contains(List.of("opt2"));
        assertThat(after.statusOf("Q01")).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(after.statusOf("Q03")).isEqualTo(QuestionStatus.SKIPPED);
        assertThat(after.statusOf("Q04")).isEqualTo(QuestionStatus.PENDING);
        assertThat(after.currentBatch()).isEmpty();
        assertThat(after.batchHistory()).singleElement().satisfies(submitted -> {
            assertThat(submitted.batchNumber()).isEqualTo(1);
            assertThat(submitted.questionIds()).containsExactly("Q01", "Q02", "Q03");
            assertThat(submitted.submittedAt()).isEqualTo(T2);
        });
        assertThat(after.answers().keySet()).containsExactly("Q01", "Q02", "Q03");
        assertThat(after.unansweredQuestionIds()).containsExactly("Q04");
        assertThat(after.isComplete()).isFalse();
        // the earlier snapshot is untouched
        assertThat(before.answers()).isEmpty();
        assertThat(before.currentBatch()).isPresent();
    }

    @Test
    void answersMustBelongToTheBatchAndFitTheirQuestion() {
        InterviewSession session = waitingOnFirstBatch();
        assertThatThrownBy(() -> session.answerCurrentBatch(Map.of("Q04", AnswerSubmission.text("x"),
                "Q99", AnswerSubmission.text("y")), T2))
                .isInstanceOf(ValidationException.class)
                .hasMessage("question Q04 is not in batch 1; question Q99 is not in batch 1");
        assertThatThrownBy(() -> session.answerCurrentBatch(Map.of(
                "Q02", AnswerSubmission.choice(List.of("opt1", "opt2"), ""),
                "Q03", AnswerSubmission.choice(List.of("nope"), "")), T2))
                .hasMessage("question Q02 is single_choice and takes at most one selected option, got 2; "
                        + "question Q03 has no option 'nope'");
    }

    @Test
    void answeringWithoutABatchIsAStateError() {
        assertThatThrownBy(() -> started().answerCurrentBatch(Map.of(), T1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("there is no batch waiting for answers");
    }

    @Test
    void batchNumbersGoUp() {
        InterviewSession answered = waitingOnFirstBatch().answerCurrentBatch(Map.of(), T2);
        assertThatThrownBy(() -> answered.presentBatch(batch(1, Q04), T3))
                .hasMessage("batchNumber must be greater than 1, the last submitted batch, got 1");
        assertThat(answered.presentBatch(batch(2, Q04), T3).currentBatch()).map(InterviewBatch::batchNumber)
                .contains(2);
    }

    @Test
    void anAnsweredQuestionIsNotAskedAgain() {
        InterviewSession answered = waitingOnFirstBatch()
                .answerCurrentBatch(Map.of("Q01", AnswerSubmission.text("yes")), T2);
        assertThatThrownBy(() -> answered.presentBatch(batch(2, Q01), T3))
                .hasMessage("question Q01 is already answered; edit the answer instead of asking again");
    }

    @Test
    void theInterviewerMayRephraseAQuestionItKeeps() {
        InterviewQuestion rephrased = InterviewQuestion.compiled("Q04", InterviewPhase.FOUNDATION, "Who exactly?");
        InterviewSession session = started().presentBatch(batch(1, rephrased), T1);
        assertThat(session.question("Q04")).map(InterviewQuestion::prompt).contains("Who exactly?");
        assertThat(session.questionIds()).containsExactly("Q01", "Q02", "Q03", "Q04");
    }

    @Test
    void newFollowUpsJoinTheirRoundAndIdsCannotChangeSource() {
        InterviewQuestion fu1 = Questions.followUp("FU1", QuestionSource.PROMPT_FOLLOW_UP, 1);
        InterviewQuestion fu2 = Questions.followUp("FU2", QuestionSource.PROMPT_FOLLOW_UP, 1);
        InterviewSession session = started().presentBatch(batch(1, Q01, fu1, fu2), T1);
        assertThat(session.questionIds()).containsExactly("Q01", "Q02", "Q03", "Q04", "FU1", "FU2");
        assertThat(session.followUpRounds()).containsExactly(
                new FollowUpRound(1, BatchSource.INTERVIEWER, List.of("FU1", "FU2")));
        assertThat(session.nextRoundNumber(BatchSource.INTERVIEWER)).isEqualTo(2);
        assertThat(session.nextRoundNumber(BatchSource.COVERAGE)).isEqualTo(1);
        assertThat(session.coverageFollowUpsUsed()).isZero();

        InterviewSession next = session.answerCurrentBatch(Map.of(), T2);
        InterviewQuestion clash = Questions.followUp("Q04", QuestionSource.PROMPT_FOLLOW_UP, 2);
        assertThatThrownBy(() -> next.presentBatch(batch(2, clash), T3))
                .hasMessage("question Q04 was already asked as compiled, not as prompt_follow_up (round 2)");
    }

    @Test
    void editingChangesAnAnsweredOrSkippedAnswer() {
        InterviewSession answered = waitingOnFirstBatch().answerCurrentBatch(Map.of(
                "Q01", AnswerSubmission.text("first"),
                "Q02", AnswerSubmission.choice(List.of("opt1"), "")), T2);

        InterviewSession edited = answered.editAnswer("Q01", AnswerSubmission.text("second"), T3);
        assertThat(edited.answer("Q01")).map(InterviewAnswer::freeText).contains("second");
        assertThat(edited.answer("Q01").orElseThrow().answeredAt()).contains(T3);
        assertThat(edited.updatedAt()).isEqualTo(T3);

        InterviewSession unskipped = answered.editAnswer("Q03", AnswerSubmission.choice(List.of("opt4"), "notes"), T3);
        assertThat(unskipped.statusOf("Q03")).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(unskipped.answer("Q03").orElseThrow().selectedOptionIds()).containsExactly("opt4");

        InterviewSession skipped = answered.editAnswer("Q02", AnswerSubmission.EMPTY, T3);
        assertThat(skipped.statusOf("Q02")).isEqualTo(QuestionStatus.SKIPPED);

        assertThat(answered.answer("Q01")).map(InterviewAnswer::freeText).contains("first");
    }

    @Test
    void onlyAnsweredQuestionsCanBeEdited() {
        InterviewSession answered = waitingOnFirstBatch().answerCurrentBatch(Map.of(), T2);
        assertThatThrownBy(() -> answered.editAnswer("Q04", AnswerSubmission.text("x"), T3))
                .hasMessage("question Q04 has not been answered or skipped yet, so there is no answer to edit");
        assertThatThrownBy(() -> answered.editAnswer("Q77", AnswerSubmission.text("x"), T3))
                .hasMessage("unknown question Q77");
        assertThatThrownBy(() -> answered.editAnswer("Q02", AnswerSubmission.choice(List.of("opt9"), ""), T3))
                .hasMessage("question Q02 has no option 'opt9'");
    }

    @Test
    void skippingAllRecordsTheCurrentBatchThenSkipsTheRestAndCompletes() {
        InterviewSession done = waitingOnFirstBatch()
                .skipAllRemaining(Map.of("Q01", AnswerSubmission.text("kept")), T2);
        assertThat(done.isComplete()).isTrue();
        assertThat(done.completedAt()).contains(T2);
        assertThat(done.currentBatch()).isEmpty();
        assertThat(done.statusOf("Q01")).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(done.statusOf("Q02")).isEqualTo(QuestionStatus.SKIPPED);
        assertThat(done.statusOf("Q04")).isEqualTo(QuestionStatus.SKIPPED);
        assertThat(done.unansweredQuestionIds()).isEmpty();
        assertThat(done.batchHistory()).hasSize(1);
    }

    @Test
    void skippingAllWithoutABatchSkipsEverythingLeft() {
        InterviewSession done = started().skipAllRemaining(T1);
        assertThat(done.answers().values()).hasSize(4).allMatch(InterviewAnswer::skipped);
        assertThat(done.batchHistory()).isEmpty();
        assertThatThrownBy(() -> started().skipAllRemaining(Map.of("Q01", AnswerSubmission.text("x")), T1))
                .hasMessage("there is no batch waiting for answers, so none can be recorded");
        assertThatThrownBy(() -> done.skipAllRemaining(T2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completingNeedsNoBatchWaitingAndIsIdempotent() {
        assertThatThrownBy(() -> waitingOnFirstBatch().complete(T2)).isInstanceOf(IllegalStateException.class);
        InterviewSession done = waitingOnFirstBatch().answerCurrentBatch(Map.of(), T2).complete(T3);
        assertThat(done.completedAt()).contains(T3);
        assertThat(done.complete(T3.plusSeconds(60))).isSameAs(done);
        assertThatThrownBy(() -> done.presentBatch(batch(2, Q04), T3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the interview is complete; only a coverage batch can reopen it");
    }

    @Test
    void aCoverageBatchReopensTheInterviewUsesTheBudgetAndCompletesWhenAnswered() {
        InterviewSession done = started().skipAllRemaining(T1);
        InterviewQuestion cfu1 = Questions.followUp("CFU1", QuestionSource.COVERAGE_FOLLOW_UP, 1);
        InterviewQuestion cfu2 = Questions.followUp("CFU2", QuestionSource.COVERAGE_FOLLOW_UP, 1);

        InterviewSession reopened = done.presentBatch(Questions.coverageBatch(1, 1, cfu1, cfu2), T2);
        assertThat(reopened.isComplete()).isFalse();
        assertThat(reopened.coverageFollowUpsUsed()).isEqualTo(2);
        assertThat(reopened.coverageFollowUpsRemaining()).isEqualTo(8);

        InterviewSession answered = reopened.answerCurrentBatch(Map.of("CFU1", AnswerSubmission.text("yes")), T3);
        assertThat(answered.isComplete()).isTrue();
        assertThat(answered.statusOf("CFU2")).isEqualTo(QuestionStatus.SKIPPED);
    }

    @Test
    void theSnapshotRejectsAnswersToUnknownQuestions() {
        assertThatThrownBy(() -> new InterviewSession(WINNER, 50, 10, List.of(Q01),
                Map.of("Q09", InterviewAnswer.notAsked()), Optional.empty(), List.of(), List.of(), Optional.empty(),
                T0)).hasMessage("answers names unknown question Q09");
        assertThatThrownBy(() -> new InterviewSession(WINNER, -1, -1, List.of(Q01, Q01), Map.of(), Optional.empty(),
                List.of(), List.of(), Optional.empty(), T0))
                .hasMessage("maxInitialQuestions must be at least 0, got -1; maxFollowUps must be at least 0, got -1;"
                        + " question ids must be unique; repeated: Q01");
    }
}
