package dev.loopwright.domain.interview;

import static dev.loopwright.domain.interview.Questions.choice;
import static dev.loopwright.domain.interview.Questions.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewQuestionTest {

    @Test
    void aSingleChoiceQuestionOffersTwoToTenOptions() {
        assertThat(choice("Q01", AnswerType.SINGLE_CHOICE, 2).options()).hasSize(2);
        assertThat(choice("Q01", AnswerType.SINGLE_CHOICE, 10).options()).hasSize(10);
        assertThatThrownBy(() -> choice("Q01", AnswerType.SINGLE_CHOICE, 11)).hasMessage(
                "questions[Q01].options must have between 2 and 10 entries for a single_choice question, got 11");
        assertThatThrownBy(() -> choice("Q01", AnswerType.SINGLE_CHOICE, 1)).hasMessage(
                "questions[Q01].options must have between 2 and 10 entries for a single_choice question, got 1");
    }

    @Test
    void aMultipleChoiceQuestionOffersTwoToFifteenOptions() {
        assertThat(choice("Q02", AnswerType.MULTIPLE_CHOICE, 2).options()).hasSize(2);
        assertThat(choice("Q02", AnswerType.MULTIPLE_CHOICE, 15).options()).hasSize(15);
        assertThatThrownBy(() -> choice("Q02", AnswerType.MULTIPLE_CHOICE, 16)).hasMessage(
                "questions[Q02].options must have between 2 and 15 entries for a multiple_choice question, got 16");
        assertThatThrownBy(() -> choice("Q02", AnswerType.MULTIPLE_CHOICE, 1))
                .hasMessageContaining("between 2 and 15 entries");
    }

    @Test
    void aFreeTextQuestionOffersNoOptions() {
        assertThat(choice("Q03", AnswerType.FREE_TEXT, 0).options()).isEmpty();
        assertThatThrownBy(() -> choice("Q03", AnswerType.FREE_TEXT, 2))
                .hasMessage("questions[Q03].options must be empty for a free_text question");
    }

    @Test
    void optionIdsAreUnique() {
        List<QuestionOption> repeated = List.of(new QuestionOption("a", "A"), new QuestionOption("a", "Also A"));
        assertThatThrownBy(() -> new InterviewQuestion("Q04", "Pick", InterviewPhase.FOUNDATION, Optional.empty(),
                Optional.empty(), QuestionSource.COMPILED, Optional.empty(), AnswerType.SINGLE_CHOICE, repeated))
                .hasMessage("questions[Q04].options must have unique ids; repeated: a");
    }

    @Test
    void compiledQuestionsHaveNoRoundAndFollowUpsNeedOne() {
        assertThatThrownBy(() -> new InterviewQuestion("Q05", "Why?", InterviewPhase.FOUNDATION, Optional.empty(),
                Optional.empty(), QuestionSource.COMPILED, Optional.of(1), AnswerType.FREE_TEXT, List.of()))
                .hasMessage("questions[Q05].followUpRound must be absent for a compiled question");
        assertThatThrownBy(() -> new InterviewQuestion("FU1", "Why?", InterviewPhase.FOUNDATION, Optional.empty(),
                Optional.empty(), QuestionSource.PROMPT_FOLLOW_UP, Optional.empty(), AnswerType.FREE_TEXT, List.of()))
                .hasMessage("questions[FU1].followUpRound is required for a prompt_follow_up question");
        assertThatThrownBy(() -> Questions.followUp("CFU1", QuestionSource.COVERAGE_FOLLOW_UP, 0))
                .hasMessage("questions[CFU1].followUpRound must be at least 1, got 0");
        assertThat(Questions.followUp("CFU1", QuestionSource.COVERAGE_FOLLOW_UP, 1).isFollowUp()).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ValidationException error = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                new InterviewQuestion("bad id", " ", null, Optional.empty(), Optional.empty(), QuestionSource.COMPILED,
                        Optional.empty(), AnswerType.SINGLE_CHOICE, options(1)));
        assertThat(error.violations()).extracting(Violation::field).containsExactly(
                "questions[bad id].id", "questions[bad id].prompt", "questions[bad id].phase",
                "questions[bad id].options");
    }

    @Test
    void aBlankRationaleIsReadAsNone() {
        InterviewQuestion question = new InterviewQuestion("Q06", "Who uses it?", InterviewPhase.FOUNDATION,
                Optional.empty(), Optional.of("  "), QuestionSource.COMPILED, Optional.empty(), AnswerType.FREE_TEXT,
                List.of());
        assertThat(question.rationale()).isEmpty();
    }

    @Test
    void optionsAreFoundById() {
        InterviewQuestion question = choice("Q07", AnswerType.SINGLE_CHOICE, 3);
        assertThat(question.optionIds()).containsExactlyInAnyOrder("opt1", "opt2", "opt3");
        assertThat(question.option("opt2")).map(QuestionOption::label).contains("Option 2");
        assertThat(question.option("opt9")).isEmpty();
    }
}
