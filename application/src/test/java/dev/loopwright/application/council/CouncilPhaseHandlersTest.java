package dev.loopwright.application.council;

import static dev.loopwright.application.council.CouncilFixture.MAIN;
import static dev.loopwright.application.council.CouncilFixture.OTHER;
import static dev.loopwright.application.council.CouncilFixture.THIRD;
import static dev.loopwright.application.council.CouncilFixture.draft;
import static dev.loopwright.application.council.CouncilFixture.scoring;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.application.workflow.PhaseRunner;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CouncilPhaseHandlersTest {
    private final CouncilFixture fixture = new CouncilFixture();

    @Test
    void theHandlersCoverTheInterviewCouncilStatusesWithCodesForUnnamedFailures() {
        CouncilService<?> council = fixture.service();

        assertThat(CouncilPhaseHandlers.of(council)).containsOnlyKeys(TicketStatus.COUNCIL_DELIBERATING,
                TicketStatus.COUNCIL_VOTING_INTERVIEW, TicketStatus.COMPILING_INTERVIEW);
        assertThat(CouncilPhaseHandlers.errorCodes(council)).containsEntry(TicketStatus.COUNCIL_DELIBERATING,
                "INTERVIEW_DRAFT_FAILED");
    }

    @Test
    void theRunnerDrivesTheCouncilFromDraftingToTheInterview() {
        fixture.runtime.on(MAIN, reply(draft("main", 2)), replyWith(scoring(Map.of("main", 9, "other", 8, "third", 7))),
                reply(draft("main", 2) + "changes: []\n"));
        fixture.runtime.on(OTHER, reply(draft("other", 2)), replyWith(scoring(Map.of("main", 9, "other", 8, "third", 7))));
        fixture.runtime.on(THIRD, reply(draft("third", 2)), replyWith(scoring(Map.of("main", 9, "other", 8, "third", 7))));

        run();

        assertThat(status().status()).isEqualTo(TicketStatus.WAITING_INTERVIEW_ANSWERS);
        assertThat(fixture.artifact(TicketStatus.COMPILING_INTERVIEW, "interview_compiled")).isPresent();
    }

    @Test
    void aQuorumFailureBlocksTheTicketWithItsCode() {
        fixture.runtime.on(MAIN, reply(draft("main", 2))).on(OTHER, reply("no")).on(THIRD, reply("no"));

        run();

        Ticket blocked = status();
        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(blocked.workflow().error()).hasValueSatisfying(error -> {
            assertThat(error.codes()).containsExactly("QUORUM_NOT_MET");
            assertThat(error.diagnostics()).hasValueSatisfying(text -> assertThat(text).contains(OTHER.value()));
        });
    }

    /** Enters COUNCIL_DELIBERATING again through a runner built on the council's handlers, on this thread. */
    private void run() {
        CouncilService<?> council = fixture.service();
        Map<TicketStatus, PhaseHandler> handlers = CouncilPhaseHandlers.of(council);
        PhaseRunner runner = new PhaseRunner(fixture.transitions, fixture.repositories.tickets(), handlers,
                CouncilPhaseHandlers.errorCodes(council), Runnable::run, notification -> { });
        fixture.listener.set(runner);
        runner.recover();
    }

    private Ticket status() {
        return fixture.repositories.tickets().findById(fixture.ticket.id()).orElseThrow();
    }
}
