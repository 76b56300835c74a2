package dev.loopwright.domain.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.domain.common.ValidationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InterviewEnumsTest {

    @Test
    void answerTypesUseSnakeCaseWireNamesAndRejectOthers() {
        assertThat(Arrays.stream(AnswerType.values()).map(AnswerType::wireName))
                .containsExactly("free_text", "single_choice", "multiple_choice");
        for (AnswerType type : AnswerType.values()) {
            assertThat(AnswerType.fromWireName(type.wireName())).isEqualTo(type);
        }
        assertThatThrownBy(() -> AnswerType.fromWireName("yes_no")).isInstanceOf(ValidationException.class)
                .hasMessage("answerType must be one of free_text, single_choice, multiple_choice; got 'yes_no'");
        assertThatThrownBy(() -> AnswerType.fromWireName(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void sourcesPrioritiesAndAnsweredByRoundTrip() {
        assertThat(Arrays.stream(QuestionSource.values()).map(QuestionSource::wireName))
                .containsExactly("compiled", "prompt_follow_up", "coverage_follow_up", "final_free_form");
        assertThat(QuestionSource.fromWireName("coverage_follow_up")).isEqualTo(QuestionSource.COVERAGE_FOLLOW_UP);
        assertThat(QuestionPriority.fromWireName("critical")).isEqualTo(QuestionPriority.CRITICAL);
        assertThat(AnsweredBy.fromWireName("ai_skip")).isEqualTo(AnsweredBy.AI_SKIP);
        assertThat(QuestionStatus.fromWireName("pending")).isEqualTo(QuestionStatus.PENDING);
        assertThatThrownBy(() -> QuestionPriority.fromWireName("urgent"))
                .hasMessage("priority must be one of critical, high, medium, low; got 'urgent'");
    }

    @Test
    void phasesIgnoreCaseBecauseDraftsAndBatchesSpellThemDifferently() {
        assertThat(InterviewPhase.fromWireName("foundation")).isEqualTo(InterviewPhase.FOUNDATION);
        assertThat(InterviewPhase.fromWireName("Structure")).isEqualTo(InterviewPhase.STRUCTURE);
        assertThat(InterviewPhase.ASSEMBLY.wireName()).isEqualTo("assembly");
        assertThat(InterviewPhase.ASSEMBLY.label()).isEqualTo("Assembly");
        assertThatThrownBy(() -> InterviewPhase.fromWireName("design"))
                .hasMessage("phase must be one of foundation, structure, assembly; got 'design'");
    }

    @Test
    void batchSourcesKeepTheInterviewFileNames() {
        assertThat(BatchSource.INTERVIEWER.wireName()).isEqualTo("prom4");
        assertThat(BatchSource.fromWireName("coverage")).isEqualTo(BatchSource.COVERAGE);
        assertThatThrownBy(() -> BatchSource.fromWireName("interviewer")).isInstanceOf(ValidationException.class);
    }
}
