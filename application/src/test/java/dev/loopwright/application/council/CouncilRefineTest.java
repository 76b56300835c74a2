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

import dev.loopwright.application.council.interview.InterviewQuestionList;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.interview.InterviewQuestion;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouncilRefineTest {
    private static final String REFINED = "questions:\n"
            + "  - id: Q01\n    phase: foundation\n    question: \"Who exports orders, and how often?\"\n"
            + "  - id: Q02\n    phase: structure\n    question: \"main asks question 2?\"\n"
            + "  - id: Q03\n    phase: assembly\n    question: \"Which columns must the CSV have?\"\n"
            + "changes:\n"
            + "  - type: modified\n    before: Q01\n    after: Q01\n"
            + "  - type: added\n    after: Q03\n    inspired_by: Alternative 2\n";
    private final CouncilFixture fixture = new CouncilFixture();

    /** Drafts and votes (the main implementer wins) each with a fresh service, then moves on to compiling. */
    private void votedForMain() {
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            String marker = member == MAIN ? "main" : member == OTHER ? "other" : "third";
            fixture.runtime.on(member, reply(draft(marker, 2)));
        }
        fixture.service().draft(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.QUESTIONS_READY);
        for (ModelId member : List.of(MAIN, OTHER, THIRD)) {
            fixture.runtime.on(member, replyWith(scoring(Map.of("main", 18, "other", 12, "third", 9))));
        }
        fixture.service().vote(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.WINNER_SELECTED);
    }

    @Test
    void theWinnerRefinesWithTheAlternativesAndTheCanonicalArtifactIsStored() {
        votedForMain();
        fixture.runtime.on(MAIN, reply(REFINED));

        Refinement<InterviewQuestionList> refinement = fixture.service().refine(fixture.ticket.id(), new Cancellation());

        assertThat(refinement.winner()).isEqualTo(MAIN.value());
        assertThat(refinement.artifact().questions()).extracting(InterviewQuestion::id).containsExactly("Q01", "Q02", "Q03");
        assertThat(refinement.changes()).containsExactly(
                new Change(Change.Type.MODIFIED, Optional.of("Q01"), Optional.of("Q01"), Optional.empty()),
                new Change(Change.Type.ADDED, Optional.empty(), Optional.of("Q03"), Optional.of(THIRD.value())));
        assertThat(fixture.artifact(TicketStatus.COMPILING_INTERVIEW, "interview_compiled")).contains(
                "questions:\n- id: Q01\n  phase: foundation\n  question: \"Who exports orders, and how often?\"\n"
                        + "- id: Q02\n  phase: structure\n  question: main asks question 2?\n"
                        + "- id: Q03\n  phase: assembly\n  question: Which columns must the CSV have?\n");
        assertThat(fixture.artifact(TicketStatus.COMPILING_INTERVIEW, "interview_refinement")).hasValueSatisfying(
                record -> assertThat(record).contains("\"inspiredBy\" : \"" + THIRD.value() + "\""));
        String prompt = fixture.runtime.promptsTo(MAIN).get(2).text();
        assertThat(prompt).contains("#### Winning draft", "#### Alternative 1", "other asks question 1?",
                "#### Alternative 2", "third asks question 1?", "changes:");
        assertThat(prompt.indexOf("other asks")).isLessThan(prompt.indexOf("third asks"));
    }

    @Test
    void anUnaccountedChangeIsCorrectedAndASilentRewordingIsRecordedForTheRefiner() {
        votedForMain();
        String unaccounted = REFINED.substring(0, REFINED.indexOf("changes:")) + "changes: []\n";
        String silentRewording = REFINED.replace("  - type: modified\n    before: Q01\n    after: Q01\n", "");
        fixture.runtime.on(MAIN, reply(unaccounted), reply(silentRewording));

        Refinement<InterviewQuestionList> refinement = fixture.service().refine(fixture.ticket.id(), new Cancellation());

        assertThat(fixture.runtime.promptsTo(MAIN).get(3).text()).contains("## Correction needed",
                "Q03 is new, but no change with after: Q03 says so");
        assertThat(refinement.changes()).extracting(Change::type).containsExactly(Change.Type.ADDED,
                Change.Type.MODIFIED);
        assertThat(refinement.warnings()).anySatisfy(warning -> assertThat(warning).contains("Q01 was changed"));
    }

    @Test
    void aRefinerThatNeverDeliversFailsTheStepWithItsOwnCode() {
        votedForMain();
        fixture.runtime.on(MAIN, reply("questions: []\nchanges: []\n"));

        CouncilException failure = catchThrowableOfType(CouncilException.class,
                () -> fixture.service().refine(fixture.ticket.id(), new Cancellation()));

        assertThat(failure.error()).isEqualTo(CouncilError.REFINEMENT_FAILED);
        assertThat(failure.getMessage()).contains(MAIN.value(), "non-empty list");
        assertThat(fixture.count(TicketStatus.COMPILING_INTERVIEW, "interview_refine_attempt")).isEqualTo(2);
        assertThat(fixture.artifact(TicketStatus.COMPILING_INTERVIEW, "interview_compiled")).isEmpty();
    }

    @Test
    void refiningWithoutStoredVotesIsCouncilDataLost() {
        fixture.runtime.on(MAIN, reply(draft("main", 1))).on(OTHER, reply(draft("other", 1)))
                .on(THIRD, reply(draft("third", 1)));
        fixture.service().draft(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.QUESTIONS_READY);
        fixture.advance(TicketEventType.WINNER_SELECTED);

        CouncilException failure = catchThrowableOfType(CouncilException.class,
                () -> fixture.service().refine(fixture.ticket.id(), new Cancellation()));

        assertThat(failure.error()).isEqualTo(CouncilError.COUNCIL_DATA_LOST);
        assertThat(failure.getMessage()).contains("interview_votes");
    }
}
