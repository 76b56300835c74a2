package dev.loopwright.application.interview;

import static dev.loopwright.application.fake.ScriptedModelRuntime.fail;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.interview.InterviewFixture.WINNER;
import static dev.loopwright.application.interview.InterviewFixture.batch;
import static dev.loopwright.application.interview.InterviewFixture.finalBatch;
import static dev.loopwright.application.interview.InterviewFixture.freeText;
import static dev.loopwright.application.interview.InterviewFixture.singleChoice;
import static dev.loopwright.application.interview.InterviewFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.AnsweredBy;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.interview.QuestionStatus;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterviewLoopTest {
    private final InterviewFixture fixture = new InterviewFixture().compiled();
    private final Interview interview = fixture.interview();
    private final TicketId id = fixture.ticket.id();

    @Test
    void theWinnerAsksTheFirstBatchFromTheCompiledQuestions() {
        fixture.runtime.on(WINNER, reply(batch(singleChoice("Q01", "foundation", "Who exports?", "Owners", "Staff"))));

        assertThat(fixture.enter(interview)).isEmpty();

        InterviewSession session = fixture.session();
        assertThat(session.winnerModel()).isEqualTo(WINNER);
        assertThat(session.questionIds()).containsExactly("Q01", "Q02", "Q03");
        assertThat(session.currentBatch()).hasValueSatisfying(current -> {
            assertThat(current.batchNumber()).isEqualTo(1);
            assertThat(current.questionIds()).containsExactly("Q01");
            assertThat(current.questions().get(0).options()).hasSize(2);
        });
        assertThat(fixture.runtime.promptsTo(WINNER)).singleElement().satisfies(prompt -> assertThat(prompt.text())
                .contains("Export orders as CSV", "Q02 (structure): Which columns does the file need?", "batch 1"));
        assertThat(fixture.changedArtifacts()).contains(InterviewArtifacts.SESSION);
        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_ANSWERS);
    }

    @Test
    void answersAreStoredBeforeTheModelIsAskedAndBatchesRunToCompletion() {
        fixture.runtime.on(WINNER,
                reply(batch(singleChoice("Q01", "foundation", "Who exports?", "Owners", "Staff"),
                        freeText("Q02", "structure", "Which columns?"))),
                reply(finalBatch()),
                reply(summary()));
        fixture.enter(interview);

        interview.loop().answerBatch(id, Map.of("Q01", AnswerSubmission.choice(List.of("opt1"), "mostly"),
                "Q02", AnswerSubmission.text("id, total, date")));

        InterviewSession recorded = fixture.session();
        assertThat(recorded.statusOf("Q01")).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(recorded.currentBatch()).isEmpty();
        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(1);
        assertThat(fixture.background.size()).isEqualTo(1);

        fixture.background.runAll();

        assertThat(fixture.runtime.promptsTo(WINNER).get(1).text())
                .contains("- Q01 (Who exports?): Selected: \"Owners\". Notes: mostly", "- Q02 (Which columns?): id,");
        InterviewSession second = fixture.session();
        assertThat(second.currentBatch()).hasValueSatisfying(current -> {
            assertThat(current.batchNumber()).isEqualTo(2);
            assertThat(current.finalFreeForm()).isTrue();
            assertThat(current.questions().get(0).source()).isEqualTo(QuestionSource.FINAL_FREE_FORM);
        });

        interview.loop().answerBatch(id, Map.of("QFF1", AnswerSubmission.text("Keep it fast")));
        fixture.background.runAll();

        assertThat(fixture.status()).isEqualTo(TicketStatus.VERIFYING_INTERVIEW_COVERAGE);
        assertThat(fixture.session().isComplete()).isTrue();
        InterviewDocument document = InterviewYaml.read(
                fixture.artifact(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewArtifacts.DOCUMENT).orElseThrow(),
                fixture.ticket.externalId());
        assertThat(document.summary().goals()).containsExactly("A CSV export of last month's orders");
        assertThat(document.summary().finalFreeFormAnswer()).isEqualTo("Keep it fast");
        assertThat(document.question("Q03")).hasValueSatisfying(item -> {
            assertThat(item.answer().skipped()).isTrue();
            assertThat(item.answer().answeredBy()).isEqualTo(AnsweredBy.AI_SKIP);
        });
        assertThat(document.question("Q01").orElseThrow().answer().selectedOptionIds()).containsExactly("opt1");
    }

    @Test
    void aFailedTurnPutsTheAnswersBackAndStoresTheErrorWithoutBlocking() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))),
                fail(RuntimeFailureKind.PROVIDER_OVERLOADED));
        fixture.enter(interview);
        InterviewSession before = fixture.session();

        interview.loop().answerBatch(id, Map.of("Q01", AnswerSubmission.text("The owners")));
        fixture.background.runAll();

        assertThat(fixture.session()).isEqualTo(before);
        assertThat(fixture.session().statusOf("Q01")).isEqualTo(QuestionStatus.CURRENT);
        assertThat(interview.gate().view(id).lastError()).hasValueSatisfying(error ->
                assertThat(error).contains("PROVIDER_OVERLOADED"));
        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_ANSWERS);
        // One original attempt and one retry, each in its own session after the failure.
        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(3);

        fixture.runtime.on(WINNER, reply(batch(freeText("Q02", "structure", "Which columns?"))));
        interview.loop().answerBatch(id, Map.of("Q01", AnswerSubmission.text("The owners")));
        fixture.background.runAll();

        assertThat(fixture.session().currentBatch().orElseThrow().questionIds()).containsExactly("Q02");
        assertThat(interview.gate().view(id).lastError()).isEmpty();
    }

    @Test
    void anUnusableReplyGetsACorrectionInTheSameSession() {
        fixture.runtime.on(WINNER, reply("Sure! Let me think about the questions."),
                reply(batch(freeText("Q01", "foundation", "Who exports?"))));

        fixture.enter(interview);

        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(2).satisfies(prompts -> {
            assertThat(prompts.get(1).sessionId()).isEqualTo(prompts.get(0).sessionId());
            assertThat(prompts.get(1).text()).contains("could not be used", "batch:");
        });
        assertThat(fixture.session().currentBatch()).isPresent();
    }

    @Test
    void theFirstBatchFailingBlocksTheTicketThroughThePhase() {
        fixture.runtime.on(WINNER, reply("nothing useful"));

        assertThatThrownBy(() -> fixture.enter(interview)).isInstanceOf(PhaseFailure.class)
                .satisfies(failure -> assertThat(((PhaseFailure) failure).codes())
                        .containsExactly(InterviewLoop.TURN_FAILED));
    }

    @Test
    void skippingRecordsTheCurrentAnswersSkipsTheRestAndGoesToApproval() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"),
                freeText("Q02", "structure", "Which columns?"))));
        fixture.enter(interview);

        interview.loop().skipRemaining(id, Map.of("Q01", AnswerSubmission.text("The owners")));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        InterviewDocument document = InterviewYaml.read(interview.gate().view(id).raw().orElseThrow(),
                fixture.ticket.externalId());
        assertThat(document.question("Q01").orElseThrow().answer().freeText()).isEqualTo("The owners");
        assertThat(document.skippedQuestionIds()).containsExactly("Q02", "Q03");
        assertThat(fixture.background.size()).isZero();
        assertThatThrownBy(() -> interview.loop().skipRemaining(id, Map.of())).isInstanceOf(ConflictException.class);
    }

    @Test
    void answersCanBeEditedWithoutAskingTheModelButNotWhileATurnIsInFlight() {
        fixture.runtime.on(WINNER, reply(batch(singleChoice("Q01", "foundation", "Who exports?", "Owners", "Staff"))),
                reply(batch(freeText("Q02", "structure", "Which columns?"))));
        fixture.enter(interview);
        interview.loop().answerBatch(id, Map.of("Q01", AnswerSubmission.choice(List.of("opt2"), "")));

        assertThatThrownBy(() -> interview.loop().editAnswer(id, "Q01", "late", Optional.empty()))
                .isInstanceOf(ConflictException.class);
        fixture.background.runAll();
        int prompts = fixture.runtime.prompts().size();

        InterviewSession edited = interview.loop().editAnswer(id, "Q01", "Staff, on Mondays", Optional.empty());

        assertThat(edited.answer("Q01").orElseThrow().selectedOptionIds()).containsExactly("opt2");
        assertThat(edited.answer("Q01").orElseThrow().freeText()).isEqualTo("Staff, on Mondays");
        assertThat(fixture.session()).isEqualTo(edited);
        assertThat(interview.loop().editAnswer(id, "Q01", "", Optional.of(List.of())).answer("Q01").orElseThrow()
                .skipped()).isTrue();
        assertThatThrownBy(() -> interview.loop().editAnswer(id, "Q03", "x", Optional.empty()))
                .isInstanceOf(NotFoundException.class).hasMessage("No existing answer for question Q03");
        assertThat(fixture.runtime.prompts()).hasSize(prompts);
    }

    @Test
    void aNewInstanceResumesFromTheStoredSnapshotInAFreshSession() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))),
                reply(batch(freeText("Q02", "structure", "Which columns?"))));
        fixture.enter(interview);
        interview.loop().answerBatch(id, Map.of("Q01", AnswerSubmission.text("The owners")));
        // The process dies before the queued turn runs.

        Interview restarted = fixture.interview();
        assertThat(fixture.enter(restarted)).isEmpty();

        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(2).satisfies(prompts -> {
            assertThat(prompts.get(1).sessionId()).isNotEqualTo(prompts.get(0).sessionId());
            assertThat(prompts.get(1).text()).contains("Interview so far", "- Q01 (Who exports?): The owners",
                    "Continue with batch 2");
        });
        assertThat(fixture.session().currentBatch().orElseThrow().questionIds()).containsExactly("Q02");

        // Entering again with a batch waiting only tells listeners again; nobody is asked.
        assertThat(fixture.enter(fixture.interview())).isEmpty();
        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(2);
    }

    @Test
    void aCompleteInterviewWhoseEventWasLostMovesOnWhenEnteredAgain() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))));
        fixture.enter(interview);
        InterviewSession completed = fixture.session()
                .answerCurrentBatch(Map.of("Q01", AnswerSubmission.text("The owners")), fixture.clock.instant())
                .complete(fixture.clock.instant());
        fixture.store(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewArtifacts.SESSION, SessionJson.write(completed));

        assertThat(fixture.enter(fixture.interview()))
                .hasValueSatisfying(event -> assertThat(event.type()).isEqualTo(TicketEventType.INTERVIEW_COMPLETE));
        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(1);
    }

    @Test
    void answeringIsRefusedOutsideTheInterviewAndWithoutABatch() {
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))));
        assertThatThrownBy(() -> interview.loop().answerBatch(id, Map.of())).isInstanceOf(NotFoundException.class)
                .hasMessage("No interview session found");
        fixture.enter(interview);
        interview.loop().answerBatch(id, Map.of());

        assertThatThrownBy(() -> interview.loop().answerBatch(id, Map.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("still preparing");
        fixture.advance(TicketEventType.CANCEL);
        assertThatThrownBy(() -> interview.loop().answerBatch(id, Map.of())).isInstanceOf(ConflictException.class)
                .hasMessage("Ticket is not waiting for interview answers");
    }
}
