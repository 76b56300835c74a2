package dev.loopwright.application.beads;

import static dev.loopwright.application.beads.BeadsFixture.MAIN;
import static dev.loopwright.application.beads.BeadsFixture.OTHER;
import static dev.loopwright.application.beads.BeadsFixture.THIRD;
import static dev.loopwright.application.beads.BeadsFixture.blueprint;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.council.Change;
import dev.loopwright.application.council.Refinement;
import dev.loopwright.application.council.beads.BeadBlueprintPlan;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The beads council's refinement: every difference from the winning blueprint is accounted for. */
class BeadsCouncilRefineTest {
    private final BeadsFixture fixture = new BeadsFixture();
    private final Beads beads = fixture.beads();
    private final String winner = blueprint("main", "add-export");

    private void votedForMain() {
        fixture.runtime.on(MAIN, reply(winner));
        fixture.runtime.on(OTHER, reply(blueprint("other", "add-header")));
        fixture.runtime.on(THIRD, reply(blueprint("third", "add-footer")));
        beads.council().draft(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.DRAFTS_READY);
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            fixture.runtime.on(member, replyWith(BeadsFixture.scoring(winner)));
        }
        beads.council().vote(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.WINNER_SELECTED);
    }

    @Test
    void anAddedBeadInspiredByAnAlternativeIsAccountedAndAnUnlistedOneIsSentBack() {
        votedForMain();
        String refined = blueprint("main", "add-export", "add-header");
        fixture.runtime.on(MAIN, reply(refined + "changes: []\n"),
                reply(refined + "changes:\n  - type: added\n    after: add-header\n    inspired_by: Alternative 1\n"));

        Refinement<BeadBlueprintPlan> refinement = beads.council().refine(fixture.ticket.id(), new Cancellation());

        assertThat(refinement.artifact().ids()).containsExactly("add-export", "add-header");
        assertThat(refinement.changes()).containsExactly(new Change(Change.Type.ADDED, Optional.empty(),
                Optional.of("add-header"), Optional.of(OTHER.value())));
        String correction = fixture.runtime.promptsTo(MAIN).get(fixture.runtime.promptsTo(MAIN).size() - 1).text();
        assertThat(correction).contains("Correction needed", "add-header");
        assertThat(fixture.artifact(TicketStatus.REFINING_BEADS, "beads_refined")).hasValueSatisfying(yaml ->
                assertThat(yaml).contains("id: add-header"));
        String refinePrompt = fixture.runtime.promptsTo(MAIN).get(fixture.runtime.promptsTo(MAIN).size() - 2).text();
        assertThat(refinePrompt).contains("#### Winning draft", "#### Alternative 1", "other add-header", "US-1-1");
    }
}
