package dev.loopwright.domain.interview;

import static dev.loopwright.domain.interview.Questions.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewAnswerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aBlankSubmissionIsASkip() {
        InterviewAnswer answer = InterviewAnswer.fromUser(new AnswerSubmission("  \n", List.of()), NOW);
        assertThat(answer.skipped()).isTrue();
        assertThat(answer.freeText()).isEmpty();
        assertThat(answer.answeredBy()).isEqualTo(AnsweredBy.AI_SKIP);
        assertThat(answer.answeredAt()).contains(NOW);
    }

    @Test
    void textOrASelectionIsAnAnswer() {
        InterviewAnswer text = InterviewAnswer.fromUser(AnswerSubmission.text("Admins only"), NOW);
        assertThat(text.skipped()).isFalse();
        assertThat(text.answeredBy()).isEqualTo(AnsweredBy.USER);
        InterviewAnswer picked = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt1"), ""), NOW);
        assertThat(picked.skipped()).isFalse();
        assertThat(picked.selectedOptionIds()).containsExactly("opt1");
    }

    @Test
    void skippedAndSayingSomethingExcludeEachOther() {
        assertThatThrownBy(() -> new InterviewAnswer(true, List.of(), "but here is text", AnsweredBy.AI_SKIP,
                Optional.empty())).hasMessage("a skipped answer has no free text and no selected options");
        assertThatThrownBy(() -> new InterviewAnswer(false, List.of(), " ", AnsweredBy.USER, Optional.empty()))
                .hasMessage("an answer with no free text and no selected options must be marked skipped");
        assertThatThrownBy(() -> new InterviewAnswer(true, List.of(), "", AnsweredBy.USER, Optional.empty()))
                .hasMessage("a skipped answer is marked answeredBy ai_skip, not user");
        assertThatThrownBy(() -> new InterviewAnswer(false, List.of("a", "a"), "", AnsweredBy.USER, Optional.empty()))
                .hasMessage("answer.selectedOptionIds must not repeat an option; repeated: a");
    }

    @Test
    void anAiFilledAnswerIsNotSkippedButStillMarkedAiSkip() {
        InterviewAnswer filled = new InterviewAnswer(false, List.of(), "Assumed: admins only", AnsweredBy.AI_SKIP,
                Optional.of(NOW));
        assertThat(filled.skipped()).isFalse();
    }

    @Test
    void selectedOptionsMustExistOnTheQuestion() {
        InterviewQuestion question = choice("Q01", AnswerType.MULTIPLE_CHOICE, 3);
        InterviewAnswer answer = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt1", "opt9"), ""), NOW);
        assertThat(answer.violationsAgainst(question)).extracting(Violation::message)
                .containsExactly("question Q01 has no option 'opt9'");
        InterviewAnswer fine = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt1", "opt3"), ""), NOW);
        assertThat(fine.violationsAgainst(question)).isEmpty();
    }

    @Test
    void aSingleChoiceTakesAtMostOneOption() {
        InterviewQuestion question = choice("Q02", AnswerType.SINGLE_CHOICE, 3);
        InterviewAnswer one = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt2"), ""), NOW);
        one.checkAgainst(question);
        InterviewAnswer two = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt1", "opt2"), ""), NOW);
        assertThatThrownBy(() -> two.checkAgainst(question))
                .hasMessage("question Q02 is single_choice and takes at most one selected option, got 2");
    }

    @Test
    void aFreeTextQuestionTakesNoSelection() {
        InterviewAnswer picked = InterviewAnswer.fromUser(AnswerSubmission.choice(List.of("opt1"), ""), NOW);
        assertThatThrownBy(() -> picked.checkAgainst(Questions.compiled("Q03")))
                .hasMessage("question Q03 is free_text and takes no selected options");
        assertThat(InterviewAnswer.notAsked().violationsAgainst(Questions.compiled("Q03"))).isEmpty();
    }
}
