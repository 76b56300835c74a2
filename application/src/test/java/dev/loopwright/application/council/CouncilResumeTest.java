package dev.loopwright.application.council;

import static dev.loopwright.application.council.CouncilFixture.MAIN;
import static dev.loopwright.application.council.CouncilFixture.OTHER;
import static dev.loopwright.application.council.CouncilFixture.THIRD;
import static dev.loopwright.application.council.CouncilFixture.draft;
import static dev.loopwright.application.council.CouncilFixture.scoring;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each step works from what the previous one stored, in a new service instance, as after a restart. */
class CouncilResumeTest {
    private final CouncilFixture fixture = new CouncilFixture();

    private void draftedWithOneService() {
        fixture.runtime.on(MAIN, reply(draft("main", 2))).on(OTHER, reply(draft("other", 2)))
                .on(THIRD, reply(draft("third", 2)));
        fixture.service().draft(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.QUESTIONS_READY);
    }

    @Test
    void aNewServiceVotesOnTheDraftsAnotherOneStoredAndAThirdRefines() {
        draftedWithOneService();
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            fixture.runtime.on(member, replyWith(scoring(Map.of("main", 3, "other", 17, "third", 4))));
        }

        VoteRound votes = fixture.service().vote(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.WINNER_SELECTED);
        fixture.runtime.on(OTHER, reply(draft("other", 2) + "changes: []\n"));
        Refinement<?> refinement = fixture.service().refine(fixture.ticket.id(), new Cancellation());

        assertThat(votes.winner()).isEqualTo(OTHER.value());
        assertThat(refinement.winner()).isEqualTo(OTHER.value());
        assertThat(refinement.changes()).isEmpty();
    }

    @Test
    void aStepWhoseResultIsStoredReturnsItWithoutAskingAgain() {
        fixture.runtime.on(MAIN, reply(draft("main", 2))).on(OTHER, reply(draft("other", 2)))
                .on(THIRD, reply(draft("third", 2)));
        DraftRound first = fixture.service().draft(fixture.ticket.id(), new Cancellation());

        // A crash before QUESTIONS_READY was applied: the runner enters the same status and attempt again.
        DraftRound again = fixture.service().draft(fixture.ticket.id(), new Cancellation());

        assertThat(again).isEqualTo(first);
        assertThat(fixture.runtime.prompts()).hasSize(3);
    }

    @Test
    void unreadableStoredDraftsAreCouncilDataLostToo() {
        int attempt = fixture.repositories.attempts().findActive(fixture.ticket.id(), TicketStatus.COUNCIL_DELIBERATING)
                .orElseThrow().attemptNumber();
        fixture.repositories.artifacts().append(new ArtifactRepository.NewArtifact(fixture.ticket.id(),
                TicketStatus.COUNCIL_DELIBERATING, attempt, "interview_drafts", "{\"members\": 3}",
                fixture.clock.instant()));
        fixture.advance(TicketEventType.QUESTIONS_READY);

        CouncilException failure = catchThrowableOfType(CouncilException.class,
                () -> fixture.service().vote(fixture.ticket.id(), new Cancellation()));

        assertThat(failure.error()).isEqualTo(CouncilError.COUNCIL_DATA_LOST);
        assertThat(failure.getMessage()).contains("the stored drafts cannot be read");
    }
}
