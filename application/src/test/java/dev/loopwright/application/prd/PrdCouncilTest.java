package dev.loopwright.application.prd;

import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static dev.loopwright.application.prd.PrdFixture.MAIN;
import static dev.loopwright.application.prd.PrdFixture.OTHER;
import static dev.loopwright.application.prd.PrdFixture.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.council.DraftRound;
import dev.loopwright.application.council.MemberReport;
import dev.loopwright.application.council.Refinement;
import dev.loopwright.application.fake.ScriptedModelRuntime.Prompted;
import dev.loopwright.application.interview.InterviewYaml;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.council.Quorum;
import dev.loopwright.domain.interview.AnsweredBy;
import dev.loopwright.domain.interview.InterviewDocument;
import dev.loopwright.domain.prd.PrdDocument;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrdCouncilTest {
    private final PrdFixture fixture = new PrdFixture();

    private static Replies member(String marker) {
        Replies replies = new Replies();
        replies.fullAnswers = prompt -> PrdFixture.fullAnswers(marker);
        replies.draft = prompt -> PrdFixture.prd(marker, 2);
        return replies;
    }

    @Test
    void eachMemberFillsTheSkippedAnswersForItselfThenDraftsFromThem() throws Exception {
        Replies main = member("main");
        Replies other = member("other");
        Replies third = member("third");
        fixture.runtime.on(MAIN, replyWith(main::answer)).on(OTHER, replyWith(other::answer))
                .on(THIRD, replyWith(third::answer));

        DraftRound round = fixture.council().draft(fixture.ticket.id(), new Cancellation());

        assertThat(round.authors()).containsExactly(MAIN.value(), OTHER.value(), THIRD.value());
        JsonNode stored = new ObjectMapper().readTree(fixture.artifact(TicketStatus.DRAFTING_PRD,
                PrdArtifacts.FULL_ANSWERS).orElseThrow());
        assertThat(stored.size()).isEqualTo(3);
        InterviewDocument full = InterviewYaml.read(stored.get(OTHER.value()).asText(), PrdFixture.SHOP_1);
        assertThat(full.skippedQuestionIds()).isEmpty();
        assertThat(full.question("Q01").orElseThrow().answer().answeredBy()).isEqualTo(AnsweredBy.USER);
        assertThat(full.question("Q01").orElseThrow().answer().freeText()).isEqualTo("All orders of last month");
        assertThat(full.question("Q02").orElseThrow().answer().answeredBy()).isEqualTo(AnsweredBy.AI_SKIP);
        assertThat(full.question("Q02").orElseThrow().answer().selectedOptionIds()).containsExactly("opt1");
        assertThat(full.question("Q03").orElseThrow().answer().freeText()).contains("other says");
        for (var model : List.of(MAIN, OTHER, THIRD)) {
            List<Prompted> prompts = fixture.runtime.promptsTo(model);
            assertThat(prompts).extracting(prompt -> Replies.kind(prompt.text()))
                    .containsExactly("full_answers", "draft");
            assertThat(prompts.get(0).text()).contains("Q02, Q03", "### interview", "### ticket_details");
            assertThat(prompts.get(1).text()).contains("### full_answers").doesNotContain("### interview");
        }
        String otherDraftPrompt = fixture.runtime.promptsTo(OTHER).get(1).text();
        assertThat(otherDraftPrompt).contains("other says").doesNotContain("main says", "third says");
        PrdDocument draft = (PrdDocument) ((dev.loopwright.application.council.Validated.Valid<?>) PrdReader
                .fromModel(PrdFixture.yamlTree(round.draftOf(MAIN.value()).orElseThrow().content()),
                        PrdFixture.SHOP_1, fixture.sources().sourceHash(fixture.current()))).value();
        assertThat(draft.ticketId()).isEqualTo(PrdFixture.SHOP_1);
        assertThat(draft.sourceInterviewSha256()).isEqualTo(dev.loopwright.domain.approval.ContentHash
                .of(fixture.interview).hex());
    }

    @Test
    void withNothingSkippedTheApprovedInterviewIsEveryMembersFullAnswersAndNoModelIsAskedForThem() {
        PrdFixture complete = new PrdFixture(false, 3);
        complete.runtime.on(MAIN, replyWith(member("main")::answer)).on(OTHER, replyWith(member("other")::answer))
                .on(THIRD, replyWith(member("third")::answer));

        complete.council().draft(complete.ticket.id(), new Cancellation());

        assertThat(complete.runtime.prompts()).extracting(prompt -> Replies.kind(prompt.text()))
                .containsOnly("draft").hasSize(3);
        assertThat(complete.sources().fullAnswers(complete.ticket.id())).hasSize(3).allSatisfy((member, yaml) ->
                assertThat(InterviewYaml.read(yaml, PrdFixture.SHOP_1).question("Q02").orElseThrow().answer()
                        .selectedOptionIds()).containsExactly("opt2"));
    }

    @Test
    void aMemberWhoseFullAnswersStayUnusableDoesNotDraftAndTheOthersStillMeetQuorum() {
        Replies bad = member("other");
        bad.fullAnswers = prompt -> "answers:\n  - id: Q02\n    selected_option_ids: [opt9]\n";
        fixture.runtime.on(MAIN, replyWith(member("main")::answer)).on(OTHER, replyWith(bad::answer))
                .on(THIRD, replyWith(member("third")::answer));

        DraftRound round = fixture.council().draft(fixture.ticket.id(), new Cancellation());

        assertThat(round.authors()).containsExactly(MAIN.value(), THIRD.value());
        MemberReport other = round.members().get(1);
        assertThat(other.outcome()).isEqualTo(Quorum.Outcome.INVALID_OUTPUT);
        assertThat(other.error().orElseThrow()).contains("not started", "full_answers", "no option 'opt9'");
        // The first reply got a correction naming the problem, within the one retry the ticket allows.
        List<Prompted> prompts = fixture.runtime.promptsTo(OTHER);
        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(1).text()).contains("no option 'opt9'");
        assertThat(fixture.sources().fullAnswers(fixture.ticket.id())).doesNotContainKey(OTHER.value());
    }

    @Test
    void aDraftStepRunAgainAfterACrashAsksOnlyForWhatIsMissing() {
        fixture.sources().storeFullAnswers(fixture.ticket.id(), MAIN.value(), fixture.fullAnswersOf("stored"));
        fixture.runtime.on(MAIN, replyWith(member("main")::answer)).on(OTHER, replyWith(member("other")::answer))
                .on(THIRD, replyWith(member("third")::answer));

        fixture.council().draft(fixture.ticket.id(), new Cancellation());

        assertThat(fixture.runtime.promptsTo(MAIN)).extracting(prompt -> Replies.kind(prompt.text()))
                .containsExactly("draft");
        assertThat(fixture.runtime.promptsTo(MAIN).get(0).text()).contains("stored says");
        assertThat(fixture.runtime.promptsTo(OTHER)).hasSize(2);
    }

    @Test
    void malformedDraftsAreCorrectedOrRepairedWithWarnings() {
        Replies main = member("main");
        main.draft = prompt -> prompt.contains("## Correction needed") ? PrdFixture.prd("main", 1)
                : "Here is my PRD:\n```yaml\nproduct: {}\nepics: []\n```";
        Replies other = member("other");
        other.draft = prompt -> "prd:\n" + PrdFixture.prd("other", 2).replace("id: US-1-2", "id: story two")
                .replace("user_stories:", "stories:").indent(2);
        fixture.runtime.on(MAIN, replyWith(main::answer)).on(OTHER, replyWith(other::answer))
                .on(THIRD, reply("not yaml at all"));

        DraftRound round = fixture.council().draft(fixture.ticket.id(), new Cancellation());

        assertThat(round.authors()).containsExactly(MAIN.value(), OTHER.value());
        assertThat(fixture.runtime.promptsTo(MAIN).get(2).text()).contains("epics must be a non-empty list");
        MemberReport repaired = round.members().get(1);
        assertThat(repaired.warnings()).anySatisfy(warning -> assertThat(warning).contains("unwrapped"))
                .anySatisfy(warning -> assertThat(warning).contains("US-1-2"))
                .anySatisfy(warning -> assertThat(warning).contains("'stories' was read as 'user_stories'"));
        assertThat(round.members().get(2).outcome()).isEqualTo(Quorum.Outcome.INVALID_OUTPUT);
    }

    @Test
    void theWinnerRefinesIntoCandidateV1SeeingEveryMembersFullAnswers() {
        Replies main = member("main");
        Replies other = member("other");
        Replies third = member("third");
        String scores = "draft_scores:\n" + scorecard("Draft 1", 10) + scorecard("Draft 2", 10)
                + scorecard("Draft 3", 10);
        for (Replies replies : List.of(main, other, third)) {
            replies.vote = prompt -> scores;
        }
        main.refine = prompt -> PrdFixture.prd("main", 3) + "changes:\n  - type: added\n    after: US-1-3\n";
        fixture.runtime.on(MAIN, replyWith(main::answer)).on(OTHER, replyWith(other::answer))
                .on(THIRD, replyWith(third::answer));
        var council = fixture.council();

        council.draft(fixture.ticket.id(), new Cancellation());
        fixture.apply(dev.loopwright.domain.workflow.TicketEvent.of(
                dev.loopwright.domain.workflow.TicketEventType.DRAFTS_READY));
        council.vote(fixture.ticket.id(), new Cancellation());
        fixture.apply(dev.loopwright.domain.workflow.TicketEvent.of(
                dev.loopwright.domain.workflow.TicketEventType.WINNER_SELECTED));
        Refinement<PrdDocument> refined = council.refine(fixture.ticket.id(), new Cancellation());

        // A three-way tie goes to the main implementer.
        assertThat(refined.winner()).isEqualTo(MAIN.value());
        assertThat(refined.artifact().userStoryCount()).isEqualTo(3);
        assertThat(fixture.artifact(TicketStatus.REFINING_PRD, PrdArtifacts.candidate(1)))
                .contains(refined.canonical());
        String votePrompt = fixture.runtime.promptsTo(OTHER).get(2).text();
        assertThat(votePrompt).contains("### interview").doesNotContain("### full_answers");
        String refinePrompt = fixture.runtime.promptsTo(MAIN).get(3).text();
        assertThat(refinePrompt).contains("Full answers of " + MAIN.value(), "Full answers of " + OTHER.value(),
                "other says", "third says", "Alternative 1");
    }

    private static String scorecard(String label, int score) {
        StringBuilder text = new StringBuilder("  " + label + ":\n");
        for (String category : dev.loopwright.domain.council.Rubric.PRD.categories()) {
            text.append("    ").append(category).append(": ").append(score).append('\n');
        }
        return text.toString();
    }
}
