package dev.loopwright.application.interview;

import static dev.loopwright.application.fake.ScriptedModelRuntime.fail;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.interview.InterviewFixture.WINNER;
import static dev.loopwright.application.interview.InterviewFixture.batch;
import static dev.loopwright.application.interview.InterviewFixture.freeText;
import static dev.loopwright.application.interview.InterviewFixture.singleChoice;
import static dev.loopwright.application.interview.InterviewFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.fake.ScriptedModelRuntime;
import dev.loopwright.application.fake.TestSettings;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseRunner;
import dev.loopwright.domain.interview.AnswerSubmission;
import dev.loopwright.domain.interview.BatchSource;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.interview.InterviewSession;
import dev.loopwright.domain.interview.QuestionSource;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VERIFYING_INTERVIEW_COVERAGE: the winner's review of the finished interview, its bounds, retries and restarts. */
class InterviewCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = "Review the finished interview for gaps";
    private static final String CLEAN = "status: clean\ngaps: []\nfollow_up_questions: []\n";

    private InterviewFixture fixture = new InterviewFixture();
    private Interview interview = fixture.interview();

    // ---- passes -----------------------------------------------------------------------------------------------

    @Test
    void aCleanFirstPassGoesToApprovalInAFreshSessionWithEveryQuestionAndAnswer() throws Exception {
        runUntilCoverage(reply(CLEAN));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        List<ScriptedModelRuntime.Prompted> prompts = fixture.runtime.promptsTo(WINNER);
        ScriptedModelRuntime.Prompted coverage = prompts.get(prompts.size() - 1);
        assertThat(coverage.sessionId()).isNotEqualTo(prompts.get(0).sessionId());
        assertThat(coverage.text()).contains(TASK, "coverage pass 1 of at most 2", "Export orders as CSV",
                "- Q01 (Who exports?): The owners", "- Q02 (Which columns does the file need?): [not asked]");
        assertThat(records()).singleElement().satisfies(record -> {
            assertThat(record.get("outcome").asText()).isEqualTo("clean");
            assertThat(record.get("pass").asInt()).isEqualTo(1);
            assertThat(record.get("hasGaps").asBoolean()).isFalse();
            assertThat(record.get("reviewedBatch").asInt()).isEqualTo(1);
        });
    }

    @Test
    void gapsBecomeACoverageBatchWhoseAnswersStartTheNextPass() throws Exception {
        runUntilCoverage(reply(gaps(freeText("Q02", "structure", "Which columns, exactly?"),
                singleChoice("CFU1", "assembly", "Send it by mail?", "By mail", "Download only"))), reply(CLEAN));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_ANSWERS);
        InterviewSession reopened = fixture.session();
        assertThat(reopened.isComplete()).isFalse();
        assertThat(reopened.currentBatch()).hasValueSatisfying(batch -> {
            assertThat(batch.source()).isEqualTo(BatchSource.COVERAGE);
            assertThat(batch.batchNumber()).isEqualTo(2);
            assertThat(batch.roundNumber()).contains(1);
            // Q02 is a compiled id: it is renamed, and so is the CFU1 it then collides with.
            assertThat(batch.questionIds()).containsExactly("CFU1", "CFU2");
            assertThat(batch.questions()).extracting(InterviewQuestion::source)
                    .containsOnly(QuestionSource.COVERAGE_FOLLOW_UP);
            assertThat(batch.commentary()).contains("Nobody said who may download the file.");
        });
        assertThat(reopened.coverageFollowUpsUsed()).isEqualTo(2);
        assertThat(records()).singleElement().satisfies(record -> {
            assertThat(record.get("outcome").asText()).isEqualTo("gaps");
            assertThat(record.get("followUpIds").toString()).isEqualTo("[\"CFU1\",\"CFU2\"]");
        });

        interview.loop().answerBatch(fixture.ticket.id(), Map.of("CFU1", AnswerSubmission.text("id and total"),
                "CFU2", AnswerSubmission.choice(List.of("opt2"), "")));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        List<ScriptedModelRuntime.Prompted> prompts = fixture.runtime.promptsTo(WINNER);
        assertThat(prompts.get(prompts.size() - 1).text()).contains("coverage pass 2 of at most 2",
                "at most 0 follow-up", "- CFU1 (Which columns, exactly?): id and total",
                "- CFU2 (Send it by mail?): Selected: \"Download only\".");
        assertThat(records()).extracting(record -> record.get("outcome").asText()).containsExactly("gaps", "clean");
        assertThat(fixture.artifact(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewArtifacts.DOCUMENT))
                .hasValueSatisfying(document -> assertThat(document).contains("CFU1", "id and total",
                        "coverage_follow_up"));
    }

    @Test
    void theLastPassAsksNothingAndEndsAtTheLimitWithItsGapsOnRecord() throws Exception {
        fixture = new InterviewFixture(settings(50, 20, 1));
        interview = fixture.interview();
        runUntilCoverage(reply(gaps(freeText("CFU1", "structure", "Which columns?"))));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        assertThat(fixture.session().questionIds()).doesNotContain("CFU1");
        assertThat(fixture.runtime.promptsTo(WINNER).get(2).text()).contains("coverage pass 1 of at most 1",
                "at most 0 follow-up");
        assertThat(records()).singleElement().satisfies(record -> {
            assertThat(record.get("outcome").asText()).isEqualTo("limit_reached");
            assertThat(record.get("limit").asText()).isEqualTo("passes");
            assertThat(record.get("gaps").get(0).asText()).isEqualTo("Nobody said who may download the file.");
            assertThat(record.get("warnings").toString()).contains("this pass may ask none");
        });
        assertThat(fixture.repositories.history().findAll(fixture.ticket.id()))
                .extracting(dev.loopwright.domain.ticket.StatusChange::event)
                .contains(TicketEventType.COVERAGE_LIMIT_REACHED).doesNotContain(TicketEventType.COVERAGE_CLEAN);
    }

    @Test
    void theFollowUpBudgetCapsTheQuestionsAsked() throws Exception {
        fixture = new InterviewFixture(settings(10, 20, 3));
        interview = fixture.interview();
        runUntilCoverage(reply(gaps(freeText("CFU1", "structure", "One?"), freeText("CFU2", "structure", "Two?"),
                freeText("CFU3", "structure", "Three?"), freeText("CFU4", "structure", "Four?"))));

        assertThat(fixture.runtime.promptsTo(WINNER).get(2).text()).contains("at most 2 follow-up");
        assertThat(fixture.session().currentBatch()).hasValueSatisfying(batch ->
                assertThat(batch.questionIds()).containsExactly("CFU1", "CFU2"));
        assertThat(fixture.session().coverageFollowUpsRemaining()).isZero();
        assertThat(records().get(0).get("warnings").toString()).contains("kept the first 2 of 4");
    }

    @Test
    void aSpentBudgetEndsTheCheckAtItsLimitBeforeThePassLimit() throws Exception {
        fixture = new InterviewFixture(settings(10, 10, 3));
        interview = fixture.interview();
        runUntilCoverage(reply(gaps(freeText("CFU1", "structure", "One?"))),
                reply(gaps(freeText("CFU2", "structure", "Two?"))));
        interview.loop().answerBatch(fixture.ticket.id(), Map.of("CFU1", AnswerSubmission.text("Yes")));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        assertThat(records()).extracting(record -> record.get("outcome").asText() + "/" + record.path("limit").asText())
                .containsExactly("gaps/", "limit_reached/follow_up_budget");
    }

    // ---- untrusted replies ------------------------------------------------------------------------------------

    @Test
    void aWrongReplyIsCorrectedInTheSameSession() throws Exception {
        runUntilCoverage(reply("status: clean\ngaps: [\"Who may download it?\"]\n"), reply(CLEAN));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        List<ScriptedModelRuntime.Prompted> prompts = fixture.runtime.promptsTo(WINNER);
        assertThat(prompts).hasSize(4);
        assertThat(prompts.get(3).sessionId()).isEqualTo(prompts.get(2).sessionId());
        assertThat(prompts.get(3).text()).contains("could not be used", "status is clean but 1 gap(s) are listed",
                "follow_up_questions:");
        assertThat(records().get(0).get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void anEmptyReplyOrAFailedCallIsAskedAgainInAFreshSession() throws Exception {
        fixture = new InterviewFixture(settings(50, 20, 2, 2));
        interview = fixture.interview();
        runUntilCoverage(reply(""), fail(RuntimeFailureKind.TIMEOUT), reply(CLEAN));

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_APPROVAL);
        List<ScriptedModelRuntime.Prompted> coverage = fixture.runtime.promptsTo(WINNER).subList(2, 5);
        assertThat(coverage).extracting(ScriptedModelRuntime.Prompted::sessionId).doesNotHaveDuplicates();
        assertThat(coverage).allSatisfy(prompt -> assertThat(prompt.text()).contains(TASK));
    }

    @Test
    void aReplyThatStaysUnusableBlocksTheTicket() throws Exception {
        runUntilCoverage(reply("ok"));

        assertThat(fixture.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(fixture.repositories.tickets().findById(fixture.ticket.id()).orElseThrow().workflow().error())
                .hasValueSatisfying(error -> assertThat(error.codes()).containsExactly(InterviewCoverage.FAILED));
        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(4);
        assertThat(records()).isEmpty();
    }

    @Test
    void gapsWithoutQuestionsWhileQuestionsMayBeAskedAreCorrected() {
        InterviewSession session = InterviewSession.start(WINNER, 10, 20,
                List.of(InterviewQuestion.compiled("Q01", dev.loopwright.domain.interview.InterviewPhase.FOUNDATION,
                        "Who?")), fixture.clock.instant());

        assertThat(CoverageReader.read("status: gaps\ngaps: [\"Who?\"]\nfollow_up_questions: []\n", session, 2))
                .isInstanceOfSatisfying(dev.loopwright.application.council.Validated.Invalid.class,
                        invalid -> assertThat(invalid.error()).contains("follow_up_questions is empty"));
        assertThat(CoverageReader.read("status: PASS\n", session, 2))
                .isInstanceOfSatisfying(dev.loopwright.application.council.Validated.Valid.class,
                        valid -> assertThat(((CoverageReader.Verdict) valid.value()).clean()).isTrue());
        assertThat(CoverageReader.read("status: maybe\n", session, 2))
                .isInstanceOf(dev.loopwright.application.council.Validated.Invalid.class);
    }

    // ---- restarts ---------------------------------------------------------------------------------------------

    @Test
    void aStoredGapsPassIsAppliedAgainAfterACrashWithoutAskingTheModel() {
        fixture.compiled();
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))), reply(summary()),
                reply(gaps(freeText("CFU1", "structure", "Which columns?"))));
        fixture.enter(interview);
        interview.loop().answerBatch(fixture.ticket.id(), Map.of("Q01", AnswerSubmission.text("The owners")));
        fixture.background.runAll();
        assertThat(fixture.status()).isEqualTo(TicketStatus.VERIFYING_INTERVIEW_COVERAGE);
        InterviewSession complete = fixture.session();

        assertThat(interview.coverage().run(fixture.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.GAPS_FOUND));
        // The crash came after the record, before the session with the follow-ups was stored.
        fixture.store(TicketStatus.WAITING_INTERVIEW_ANSWERS, InterviewArtifacts.SESSION, SessionJson.write(complete));
        int asked = fixture.runtime.promptsTo(WINNER).size();

        Interview restarted = fixture.interview();
        assertThat(restarted.coverage().run(fixture.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.GAPS_FOUND));
        assertThat(fixture.session().currentBatch()).hasValueSatisfying(batch ->
                assertThat(batch.questionIds()).containsExactly("CFU1"));
        // And a crash after the session was stored only needs the event again.
        assertThat(fixture.interview().coverage().run(fixture.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.GAPS_FOUND));

        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(asked);
        assertThat(records()).hasSize(1);
    }

    @Test
    void aStoredCleanPassIsNotAskedAgainAfterARestart() {
        fixture.compiled();
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))), reply(summary()),
                reply(CLEAN));
        fixture.enter(interview);
        interview.loop().answerBatch(fixture.ticket.id(), Map.of("Q01", AnswerSubmission.text("The owners")));
        fixture.background.runAll();
        assertThat(interview.coverage().run(fixture.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));
        int asked = fixture.runtime.promptsTo(WINNER).size();

        assertThat(fixture.interview().coverage().run(fixture.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));

        assertThat(fixture.runtime.promptsTo(WINNER)).hasSize(asked);
        assertThat(records()).hasSize(1);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Runs the phases: one batch (Q01) answered, the summary, then the coverage replies given. */
    private void runUntilCoverage(ScriptedModelRuntime.Step... coverage) {
        PhaseRunner runner = new PhaseRunner(fixture.transitions, fixture.repositories.tickets(),
                InterviewPhaseHandlers.of(interview), InterviewPhaseHandlers.errorCodes(), Runnable::run,
                notification -> { });
        fixture.listener.set(runner);
        fixture.runtime.on(WINNER, reply(batch(freeText("Q01", "foundation", "Who exports?"))), reply(summary()));
        fixture.runtime.on(WINNER, coverage);
        fixture.compiled();
        interview.loop().answerBatch(fixture.ticket.id(), Map.of("Q01", AnswerSubmission.text("The owners")));
        fixture.background.runAll();
    }

    private static String gaps(String... questionYaml) {
        return "status: gaps\ngaps:\n  - \"Nobody said who may download the file.\"\nfollow_up_questions:\n"
                + String.join("", questionYaml);
    }

    private List<JsonNode> records() {
        return fixture.repositories.artifacts().findAll(fixture.ticket.id()).stream()
                .filter(artifact -> artifact.type().equals(InterviewArtifacts.COVERAGE)).map(artifact -> {
                    try {
                        return JSON.readTree(artifact.content());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }

    private static LockedSettings settings(int questions, int percent, int passes) {
        return settings(questions, percent, passes, TestSettings.locked().structuredRetryCount());
    }

    private static LockedSettings settings(int questions, int percent, int passes, int retries) {
        LockedSettings base = TestSettings.locked();
        return new LockedSettings(base.mainImplementer(), base.mainImplementerVariant(), base.council(),
                base.councilVariants(), questions, percent, passes, base.maxPrdCoveragePasses(),
                base.maxBeadsCoveragePasses(), retries, base.manualQaEnabled(), base.manualQaSource(),
                base.gitHookPolicy(), base.gitHookPolicySource());
    }
}
