package dev.loopwright.application.council;

import static dev.loopwright.application.council.CouncilFixture.MAIN;
import static dev.loopwright.application.council.CouncilFixture.OTHER;
import static dev.loopwright.application.council.CouncilFixture.THIRD;
import static dev.loopwright.application.council.CouncilFixture.draft;
import static dev.loopwright.application.council.CouncilFixture.markersInOrder;
import static dev.loopwright.application.council.CouncilFixture.scoring;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.council.Presentation;
import dev.loopwright.domain.council.Quorum;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CouncilVoteTest {
    private static final List<String> MARKERS = List.of("main", "other", "third");
    private final CouncilFixture fixture = new CouncilFixture();

    /** Drafts with one service, then moves the ticket to voting, as the runner would. */
    private void drafted(String mainDraft) {
        fixture.runtime.on(MAIN, reply(mainDraft)).on(OTHER, reply(draft("other", 2))).on(THIRD, reply(draft("third", 2)));
        fixture.service().draft(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.QUESTIONS_READY);
    }

    private void voters(Map<String, Integer> scores) {
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            fixture.runtime.on(member, replyWith(scoring(scores)));
        }
    }

    @Test
    void eachVoterSeesItsOwnSeededOrderAndTheSeedReplaysIt() {
        drafted(draft("main", 2));
        voters(Map.of("main", 15, "other", 12, "third", 10));

        VoteRound round = fixture.service().vote(fixture.ticket.id(), new Cancellation());

        VoteRound stored = CouncilJson.votes(fixture.artifact(TicketStatus.COUNCIL_VOTING_INTERVIEW, "interview_votes")
                .orElseThrow(), List.of(MAIN.value(), OTHER.value(), THIRD.value()), dev.loopwright.domain.council.Rubric.INTERVIEW);
        assertThat(stored.presentations()).isEqualTo(round.presentations()).hasSize(3);
        for (Presentation shown : stored.presentations()) {
            assertThat(Presentation.shuffle(shown.voter(), shown.seed(), List.of(MAIN.value(), OTHER.value(),
                    THIRD.value()))).isEqualTo(shown);
            String prompt = fixture.runtime.promptsTo(new ModelId(shown.voter())).get(1).text();
            assertThat(markersInOrder(prompt, MARKERS)).containsExactlyElementsOf(shown.authors().stream()
                    .map(author -> MARKERS.get(List.of(MAIN.value(), OTHER.value(), THIRD.value()).indexOf(author)))
                    .toList());
            assertThat(prompt).doesNotContain(MAIN.value(), OTHER.value(), THIRD.value());
        }
        assertThat(stored.presentations()).extracting(Presentation::seed).containsExactly(42L, 43L, 44L);
        assertThat(round.tally().totals()).containsExactly(Map.entry(MAIN.value(), 225), Map.entry(OTHER.value(), 180),
                Map.entry(THIRD.value(), 150));
        assertThat(round.winner()).isEqualTo(MAIN.value());
    }

    static Stream<Arguments> ties() {
        String mainValid = draft("main", 2);
        String mainInvalid = "questions: []";
        return Stream.of(
                Arguments.of("everyone ties: the main implementer wins", mainValid,
                        Map.of("main", 10, "other", 10, "third", 10), MAIN),
                Arguments.of("the main implementer ties the best: it wins", mainValid,
                        Map.of("main", 12, "other", 8, "third", 12), MAIN),
                Arguments.of("two others tie above the main implementer: council order decides", mainValid,
                        Map.of("main", 5, "other", 14, "third", 14), OTHER),
                Arguments.of("a strictly higher score beats council order", mainValid,
                        Map.of("main", 14, "other", 13, "third", 15), THIRD),
                Arguments.of("without the main implementer's draft, the tie goes to the earlier member", mainInvalid,
                        Map.of("other", 9, "third", 9), OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ties")
    void theWinnerIsDecidedByScoreThenMainImplementerThenCouncilOrder(String description, String mainDraft,
            Map<String, Integer> scores, ModelId winner) {
        drafted(mainDraft);
        voters(scores);

        VoteRound round = fixture.service().vote(fixture.ticket.id(), new Cancellation());

        assertThat(round.winner()).isEqualTo(winner.value());
    }

    @Test
    void anInvalidScorecardIsCorrectedAndTotalsAreOurs() {
        drafted(draft("main", 2));
        String missingDraft = "draft_scores:\n  Draft 1: {coverage_of_requirements: 20, question_clarity: 20,"
                + " prioritisation: 20, answerability: 20, no_redundancy: 20, total_score: 999}\n";
        fixture.runtime.on(MAIN, reply(missingDraft), replyWith(scoring(Map.of("main", 1, "other", 1, "third", 1))));
        fixture.runtime.on(OTHER, replyWith(scoring(Map.of("main", 1, "other", 2, "third", 1))));
        fixture.runtime.on(THIRD, replyWith(scoring(Map.of("main", 1, "other", 2, "third", 1))));

        VoteRound round = fixture.service().vote(fixture.ticket.id(), new Cancellation());

        assertThat(fixture.runtime.promptsTo(MAIN).get(2).text()).contains("## Correction needed", "Draft 2 was not scored");
        assertThat(round.voters()).extracting(MemberReport::outcome).containsOnly(Quorum.Outcome.COMPLETED);
        assertThat(round.tally().totals()).containsEntry(OTHER.value(), 5 + 10 + 10);
        assertThat(round.winner()).isEqualTo(OTHER.value());
    }

    @Test
    void tooFewValidScorecardsMeanQuorumNotMet() {
        drafted(draft("main", 2));
        fixture.runtime.on(MAIN, replyWith(scoring(Map.of("main", 10, "other", 10, "third", 10))));
        fixture.runtime.on(OTHER, reply("draft_scores: nope"));
        fixture.runtime.on(THIRD, reply("All drafts are great."));

        CouncilException failure = catchThrowableOfType(CouncilException.class,
                () -> fixture.service().vote(fixture.ticket.id(), new Cancellation()));

        assertThat(failure.error()).isEqualTo(CouncilError.QUORUM_NOT_MET);
        assertThat(fixture.artifact(TicketStatus.COUNCIL_VOTING_INTERVIEW, "interview_votes")).isPresent();
    }

    @Test
    void votingWithoutStoredDraftsIsCouncilDataLost() {
        fixture.advance(TicketEventType.QUESTIONS_READY);

        CouncilException failure = catchThrowableOfType(CouncilException.class,
                () -> fixture.service().vote(fixture.ticket.id(), new Cancellation()));

        assertThat(failure.error()).isEqualTo(CouncilError.COUNCIL_DATA_LOST);
        assertThat(failure.getMessage()).startsWith("Council data lost: the interview_drafts artifact of"
                + " COUNCIL_DELIBERATING is missing");
        assertThat(fixture.runtime.prompts()).isEmpty();
    }
}
