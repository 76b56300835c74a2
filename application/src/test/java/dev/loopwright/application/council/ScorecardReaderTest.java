package dev.loopwright.application.council;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.domain.council.Presentation;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.council.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardReaderTest {
    private final Presentation shown = new Presentation("v/1", 7, List.of("a/x", "b/y"));
    private final OutputReader<Scorecard> reader = ScorecardReader.reader(shown, Rubric.INTERVIEW);

    @Test
    void labelsAndCategoriesAreMatchedLenientlyAndTotalsRecomputed() {
        Validated<Scorecard> read = reader.read("```yaml\nscores:\n"
                + "  draft_01: {Coverage-Of-Requirements: 20, question clarity: 10, prioritisation: '5',"
                + " answerability: 0, no_redundancy: 1, total_score: 100}\n"
                + "  Draft 2: {coverage_of_requirements: 1, question_clarity: 1, prioritisation: 1, answerability: 1,"
                + " no_redundancy: 1, justification: fine}\n```");

        assertThat(read).isInstanceOfSatisfying(Validated.Valid.class, valid -> {
            Scorecard card = (Scorecard) valid.value();
            assertThat(card.total("a/x", Rubric.INTERVIEW)).isEqualTo(36);
            assertThat(card.total("b/y", Rubric.INTERVIEW)).isEqualTo(5);
            assertThat(valid.warnings()).anySatisfy(w -> assertThat((String) w).contains("100 was replaced by the sum 36"));
        });
    }

    @Test
    void badScorecardsAreCorrectableErrorsNeverCrashes() {
        assertThat(error("draft_scores:\n  Draft 1: {coverage_of_requirements: 12.5}\n")).contains("whole number");
        assertThat(error("draft_scores:\n  Draft 1: {coverage_of_requirements: 30, question_clarity: 1,"
                + " prioritisation: 1, answerability: 1, no_redundancy: 1}\n  Draft 2: {}\n"))
                .contains("between 0 and 20", "Draft 2 has no score for coverage_of_requirements");
        assertThat(error("draft_scores:\n  Draft 3: {}\n")).contains("there is no draft called Draft 3");
        assertThat(error("draft_scores:\n  Best one: {}\n")).contains("not a draft label");
        assertThat(error("draft_scores:\n  Draft 1: {}\n  draft1: {}\n")).contains("scored twice");
        assertThat(error("draft_scores: [1, 2]")).contains("must map each draft label");
    }

    @Test
    void nothingOrAnEchoIsResentRatherThanCorrected() {
        assertThat(reader.read("  ")).isInstanceOfSatisfying(Validated.Invalid.class,
                invalid -> assertThat(invalid.resend()).isTrue());
    }

    private String error(String reply) {
        Validated<Scorecard> read = reader.read(reply);
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        assertThat(((Validated.Invalid<Scorecard>) read).resend()).isFalse();
        return ((Validated.Invalid<Scorecard>) read).error();
    }
}
