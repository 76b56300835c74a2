package dev.loopwright.application.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.council.Validated;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.AnswerType;
import dev.loopwright.domain.interview.InterviewBatch;
import dev.loopwright.domain.interview.InterviewPhase;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.profile.ModelId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TurnReaderTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final InterviewSession session = InterviewSession.start(new ModelId("openai/gpt-5"), 4, 50,
            List.of(InterviewQuestion.compiled("Q01", InterviewPhase.FOUNDATION, "Who?"),
                    InterviewQuestion.compiled("Q02", InterviewPhase.STRUCTURE, "What?")), NOW);

    @Test
    void repairsTypesAndOptionsAndNumbersTheBatchItself() {
        Validated<Turn> read = TurnReader.read("""
                Here is the batch:
                ```yaml
                batch:
                  progress_total: 0
                  questions:
                    - id: Q01
                      question: Do owners export?
                      answer_type: yes_no
                    - id: Q02
                      phase: STRUCTURE
                      question: Which columns?
                      answer_type: checkbox
                      options: [Id, Total, Id]
                    - id: FU1
                      phase: assembly
                      question: Which date format?
                      answer_type: radio
                      options: [ISO]
                    - id: Q09
                      phase: assembly
                      question: A fourth one
                ```
                """, session, NOW);

        InterviewBatch batch = ((Turn.Ask) valid(read)).batch();
        assertThat(batch.batchNumber()).isEqualTo(1);
        assertThat(batch.progress().total()).isEqualTo(1);
        assertThat(batch.questionIds()).containsExactly("Q01", "Q02", "FU1");
        assertThat(batch.questions().get(0).answerType()).isEqualTo(AnswerType.SINGLE_CHOICE);
        assertThat(batch.questions().get(0).phase()).isEqualTo(InterviewPhase.FOUNDATION);
        assertThat(batch.questions().get(1).options()).extracting(option -> option.id()).containsExactly("opt1", "opt2",
                "opt3");
        assertThat(batch.questions().get(2).answerType()).isEqualTo(AnswerType.FREE_TEXT);
        assertThat(batch.questions().get(2).source()).isEqualTo(QuestionSource.PROMPT_FOLLOW_UP);
        assertThat(((Validated.Valid<Turn>) read).warnings()).anyMatch(w -> w.contains("first 3 of 4"))
                .anyMatch(w -> w.contains("yes/no")).anyMatch(w -> w.contains("became free_text"));
    }

    @Test
    void refusesWhatDoesNotFitTheSession() {
        InterviewSession answered = session.presentBatch(((Turn.Ask) valid(TurnReader.read(
                "batch:\n  questions:\n    - id: Q01\n      phase: foundation\n      question: Who?\n", session, NOW))).batch(), NOW)
                .answerCurrentBatch(Map.of("Q01", AnswerSubmission.text("Owners")), NOW);

        assertThat(error(TurnReader.read("batch:\n  questions:\n    - id: Q01\n      phase: foundation\n      question: Who?\n",
                answered, NOW))).contains("already answered");
        assertThat(error(TurnReader.read("batch:\n  questions: []\n", answered, NOW))).contains("one to three");
        assertThat(error(TurnReader.read("batch:\n  final: true\n  questions:\n    - id: Q02\n      phase: structure\n"
                + "      question: More?\n", answered, NOW))).contains("QFF1");
        assertThat(error(TurnReader.read("batch:\n  questions:\n    - id: Q02\n      question: More?\n      answer_type: essay\n",
                answered, NOW))).contains("answer_type");
        assertThat(error(TurnReader.read("complete: {}\n", session, NOW))).contains("before the author");
        assertThat(TurnReader.read("", session, NOW)).isInstanceOfSatisfying(Validated.Invalid.class,
                invalid -> assertThat(invalid.resend()).isTrue());
    }

    @Test
    void followUpsAreBoundedByTheSessionsBudget() {
        InterviewSession small = InterviewSession.start(new ModelId("openai/gpt-5"), 1, 10,
                List.of(InterviewQuestion.compiled("Q01", InterviewPhase.FOUNDATION, "Who?")), NOW);

        assertThat(error(TurnReader.read("batch:\n  questions:\n    - id: FU1\n      phase: assembly\n      question: A?\n"
                + "    - id: FU2\n      phase: assembly\n      question: B?\n", small, NOW))).contains("at most 1 follow-up");
    }

    @Test
    void theSummaryKeepsOnlyItsOwnFields() {
        InterviewSession answered = session.presentBatch(((Turn.Ask) valid(TurnReader.read(
                "batch:\n  questions:\n    - id: Q01\n      phase: foundation\n      question: Who?\n", session, NOW))).batch(), NOW)
                .answerCurrentBatch(Map.of(), NOW);

        Turn.Finish finish = (Turn.Finish) valid(TurnReader.read(
                "complete:\n  goals: Export\n  non_goals: [\"\", Excel]\n  questions: [ignored]\n", answered, NOW));

        assertThat(finish.summary().goals()).containsExactly("Export");
        assertThat(finish.summary().nonGoals()).containsExactly("Excel");
        assertThat(finish.summary().constraints()).isEmpty();
    }

    private static Turn valid(Validated<Turn> read) {
        assertThat(read).isInstanceOf(Validated.Valid.class);
        return ((Validated.Valid<Turn>) read).value();
    }

    private static String error(Validated<Turn> read) {
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        return ((Validated.Invalid<Turn>) read).error();
    }
}
