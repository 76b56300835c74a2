package dev.loopwright.application.prd;

import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static dev.loopwright.application.prd.PrdFixture.MAIN;
import static dev.loopwright.application.prd.PrdFixture.OTHER;
import static dev.loopwright.application.prd.PrdFixture.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.council.CouncilService;
import dev.loopwright.application.interview.InterviewArtifacts;
import dev.loopwright.application.workflow.PhaseRunner;
import dev.loopwright.domain.council.Rubric;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.Test;

class PrdPhaseHandlersTest {
    private final PrdFixture fixture = new PrdFixture();

    private static Replies member(String marker) {
        Replies replies = new Replies();
        replies.fullAnswers = prompt -> PrdFixture.fullAnswers(marker);
        replies.draft = prompt -> PrdFixture.prd(marker, 1);
        StringBuilder scores = new StringBuilder("draft_scores:\n");
        for (int draft = 1; draft <= 3; draft++) {
            scores.append("  Draft ").append(draft).append(":\n");
            Rubric.PRD.categories().forEach(category -> scores.append("    ").append(category).append(": 12\n"));
        }
        replies.vote = prompt -> scores.toString();
        replies.refine = prompt -> PrdFixture.prd(marker, 1) + "changes: []\n";
        replies.audit = prompt -> "status: clean\ngaps: []\n";
        return replies;
    }

    @Test
    void theRunnerDrivesTheApprovedInterviewToThePrdGate() {
        fixture.runtime.on(MAIN, replyWith(member("main")::answer)).on(OTHER, replyWith(member("other")::answer))
                .on(THIRD, replyWith(member("third")::answer));

        run();

        assertThat(status().status()).isEqualTo(TicketStatus.WAITING_PRD_APPROVAL);
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT).orElseThrow()).contains("main export");
        assertThat(fixture.artifact(TicketStatus.COUNCIL_VOTING_PRD, "prd_votes")).isPresent();
    }

    @Test
    void anAuditThatStaysUnusableBlocksWithPrdCoverageFailed() {
        Replies main = member("main");
        main.audit = prompt -> "I think it is fine.";
        fixture.runtime.on(MAIN, replyWith(main::answer)).on(OTHER, replyWith(member("other")::answer))
                .on(THIRD, replyWith(member("third")::answer));

        run();

        Ticket blocked = status();
        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(blocked.workflow().error()).hasValueSatisfying(error ->
                assertThat(error.codes()).containsExactly(PrdCoverage.FAILED));
        assertThat(fixture.artifact(TicketStatus.REFINING_PRD, PrdArtifacts.candidate(1))).isPresent();
    }

    @Test
    void anInterviewThatIsNotApprovedIsLostCouncilDataAndNoModelIsAsked() {
        fixture.put(InterviewArtifacts.HOME, InterviewArtifacts.DOCUMENT, fixture.interview
                .replace("status: approved", "status: draft").replaceAll("(?s)approval:\\n.*", "approval: null\n"));

        run();

        assertThat(status().workflow().error()).hasValueSatisfying(error ->
                assertThat(error.codes()).containsExactly("COUNCIL_DATA_LOST"));
        assertThat(fixture.runtime.prompts()).isEmpty();
    }

    @Test
    void theHandlersCoverEveryPrdStatusBeforeTheGate() {
        CouncilService<PrdDocument> council = fixture.council();
        assertThat(PrdPhaseHandlers.of(council, fixture.coverage())).containsOnlyKeys(TicketStatus.DRAFTING_PRD,
                TicketStatus.COUNCIL_VOTING_PRD, TicketStatus.REFINING_PRD, TicketStatus.VERIFYING_PRD_COVERAGE);
        assertThat(PrdPhaseHandlers.errorCodes(council)).containsEntry(TicketStatus.DRAFTING_PRD, "PRD_DRAFT_FAILED")
                .containsEntry(TicketStatus.VERIFYING_PRD_COVERAGE, PrdCoverage.FAILED);
    }

    /** Enters the ticket's status again through a runner built on the PRD's handlers, on this thread. */
    private void run() {
        CouncilService<PrdDocument> council = fixture.council();
        PhaseRunner runner = new PhaseRunner(fixture.transitions, fixture.repositories.tickets(),
                PrdPhaseHandlers.of(council, fixture.coverage()), PrdPhaseHandlers.errorCodes(council),
                Runnable::run, notification -> { });
        fixture.listener.set(runner);
        runner.recover();
    }

    private Ticket status() {
        return fixture.repositories.tickets().findById(fixture.ticket.id()).orElseThrow();
    }

}
