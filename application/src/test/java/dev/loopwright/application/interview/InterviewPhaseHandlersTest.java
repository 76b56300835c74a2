package dev.loopwright.application.interview;

import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.interview.InterviewFixture.WINNER;
import static dev.loopwright.application.interview.InterviewFixture.batch;
import static dev.loopwright.application.interview.InterviewFixture.freeText;
import static dev.loopwright.application.interview.InterviewFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.workflow.PhaseRunner;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterviewPhaseHandlersTest {
    private final InterviewFixture fixture = new InterviewFixture();
    private final Interview interview = fixture.interview();

    @Test
    void theRunnerStartsTheInterviewOnCompileAndChecksCoverageBeforeApproval() {
        PhaseRunner runner = new PhaseRunner(fixture.transitions, fixture.repositories.tickets(),
                InterviewPhaseHandlers.of(interview), InterviewPhaseHandlers.errorCodes(), Runnable::run,
                notification -> { });
        fixture.listener.set(runner);
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))), reply(summary()),
                reply("status: clean\ngaps: []\nfollow_up_questions: []\n"));

        fixture.compiled();

        assertThat(fixture.session().currentBatch()).isPresent();
        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_ANSWERS);

        interview.loop().answerBatch(fixture.ticket.id(), Map.of("Q01", AnswerSubmission.text("The owners")));
        fixture.background.runAll();

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        assertThat(fixture.artifact(TicketStatus.VERIFYING_INTERVIEW_COVERAGE, InterviewArtifacts.COVERAGE))
                .hasValueSatisfying(record -> assertThat(record).contains("\"outcome\" : \"clean\""));
    }

    @Test
    void aFailingFirstTurnBlocksTheTicketWithItsCode() {
        PhaseRunner runner = new PhaseRunner(fixture.transitions, fixture.repositories.tickets(),
                InterviewPhaseHandlers.of(interview), InterviewPhaseHandlers.errorCodes(), Runnable::run,
                notification -> { });
        fixture.listener.set(runner);
        fixture.runtime.on(WINNER, reply("no"));

        fixture.compiled();

        assertThat(fixture.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(fixture.repositories.tickets().findById(fixture.ticket.id()).orElseThrow().workflow().error())
                .hasValueSatisfying(error -> assertThat(error.codes()).containsExactly(InterviewLoop.TURN_FAILED));
    }
}
