package dev.loopwright.application.beads;

import static dev.loopwright.application.beads.BeadsFixture.MAIN;
import static dev.loopwright.application.beads.BeadsFixture.OTHER;
import static dev.loopwright.application.beads.BeadsFixture.THIRD;
import static dev.loopwright.application.beads.BeadsFixture.blueprint;
import static dev.loopwright.application.beads.BeadsFixture.line;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseContext;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.application.workflow.PhaseHandler;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The handlers walk a ticket from DRAFTING_BEADS to the gate, each answering the event its status moves on. */
class BeadsPhaseHandlersTest {
    private final BeadsFixture fixture = new BeadsFixture();
    private final Beads beads = fixture.beads();
    private final Map<TicketStatus, PhaseHandler> handlers = BeadsPhaseHandlers.of(beads);

    private void step() throws Exception {
        TicketStatus status = fixture.status();
        Optional<TicketEvent> event = handlers.get(status).run(new PhaseContext(fixture.ticket.id(), status,
                new Cancellation()));
        fixture.apply(event.orElseThrow());
    }

    @Test
    void everyStatusOfThePhaseHasItsHandlerAndCodeAndTheyReachTheGate() throws Exception {
        assertThat(handlers).containsOnlyKeys(TicketStatus.DRAFTING_BEADS, TicketStatus.COUNCIL_VOTING_BEADS,
                TicketStatus.REFINING_BEADS, TicketStatus.VERIFYING_BEADS_COVERAGE, TicketStatus.EXPANDING_BEADS);
        assertThat(BeadsPhaseHandlers.errorCodes(beads)).containsEntry(TicketStatus.VERIFYING_BEADS_COVERAGE,
                "BEADS_COVERAGE_FAILED").containsEntry(TicketStatus.EXPANDING_BEADS, "BEADS_EXPANSION_FAILED")
                .containsKey(TicketStatus.DRAFTING_BEADS);
        String winner = blueprint("main", "add-model", "add-export");
        fixture.runtime.on(MAIN, reply(winner));
        fixture.runtime.on(OTHER, reply(blueprint("other", "x")));
        fixture.runtime.on(THIRD, reply(blueprint("third", "y")));
        step();
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            fixture.runtime.on(member, replyWith(BeadsFixture.scoring(winner)));
        }
        step();
        fixture.runtime.on(MAIN, reply(winner + "changes: []\n"), reply("status: clean\ngaps: []\n"),
                reply(line("add-model") + line("add-export", "add-model")));
        step();
        step();
        step();

        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_BEADS_APPROVAL);
        assertThat(fixture.artifact(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.PLAN)).isPresent();
        // Every artifact stored on the way was announced for the live stream.
        assertThat(fixture.events.published()).filteredOn(TicketNotification.ArtifactChanged.class::isInstance)
                .extracting(notification -> ((TicketNotification.ArtifactChanged) notification).artifactType())
                .contains("beads_drafts", "beads_votes", "beads_refined", "beads_coverage", "beads_expanded", "beads");
    }

    @Test
    void withoutAnApprovedPrdTheCouncilBlocksWithLostData() {
        BeadsFixture noPrd = new BeadsFixture(3, 1, false);
        PhaseHandler draft = BeadsPhaseHandlers.of(noPrd.beads()).get(TicketStatus.DRAFTING_BEADS);

        PhaseFailure failure = catchThrowableOfType(() -> draft.run(new PhaseContext(noPrd.ticket.id(),
                TicketStatus.DRAFTING_BEADS, new Cancellation())), PhaseFailure.class);

        assertThat(failure.codes()).containsExactly("COUNCIL_DATA_LOST");
        assertThat(failure.getMessage()).contains("approved PRD");
        assertThat(noPrd.runtime.prompts()).isEmpty();
    }
}
