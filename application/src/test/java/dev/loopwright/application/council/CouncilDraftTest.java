package dev.loopwright.application.council;

import static dev.loopwright.application.council.CouncilFixture.MAIN;
import static dev.loopwright.application.council.CouncilFixture.OTHER;
import static dev.loopwright.application.council.CouncilFixture.THIRD;
import static dev.loopwright.application.council.CouncilFixture.draft;
import static dev.loopwright.application.fake.ScriptedModelRuntime.fail;
import static dev.loopwright.application.fake.ScriptedModelRuntime.hang;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.fake.ScriptedModelRuntime.Prompted;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.TestCancellation;
import dev.loopwright.domain.council.Quorum;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CouncilDraftTest {
    private final CouncilFixture fixture = new CouncilFixture();

    @Test
    void quorumIsMetWhenOneMemberTimesOutAndItsSessionIsAborted() {
        fixture.timeout = Duration.ofMillis(300);
        fixture.runtime.on(MAIN, reply(draft("main", 3))).on(OTHER, reply(draft("other", 2))).on(THIRD, hang());

        DraftRound round = fixture.service().draft(fixture.ticket.id(), new Cancellation());

        assertThat(round.outcomes()).containsExactly(Map.entry(MAIN.value(), Quorum.Outcome.COMPLETED),
                Map.entry(OTHER.value(), Quorum.Outcome.COMPLETED), Map.entry(THIRD.value(), Quorum.Outcome.TIMED_OUT));
        assertThat(round.authors()).containsExactly(MAIN.value(), OTHER.value());
        String thirdSession = fixture.runtime.promptsTo(THIRD).get(0).sessionId();
        assertThat(fixture.runtime.abortedSessions()).contains(thirdSession);
        assertThat(fixture.artifact(TicketStatus.COUNCIL_DELIBERATING, "interview_drafts")).isPresent();
    }

    @Test
    void everyMemberDraftsInItsOwnSessionWithItsVariantUnderTheSharedDeadline() {
        fixture.runtime.on(MAIN, reply(draft("main", 1))).on(OTHER, reply(draft("other", 1)))
                .on(THIRD, reply(draft("third", 1)));

        fixture.service().draft(fixture.ticket.id(), new Cancellation());

        List<Prompted> prompts = fixture.runtime.prompts();
        assertThat(prompts).hasSize(3);
        assertThat(prompts.stream().map(Prompted::sessionId).distinct()).hasSize(3);
        assertThat(prompts).allSatisfy(prompt -> {
            assertThat(prompt.timeout()).isLessThanOrEqualTo(Duration.ofSeconds(30));
            assertThat(prompt.text()).contains("# Ticket: Export orders as CSV", "questions:", "Ask at most 50 questions");
        });
    }

    @Test
    void twoGarbageMembersMeanQuorumNotMetAfterTheirRetriesAndTheOutcomesAreKept() {
        fixture.runtime.on(MAIN, reply(draft("main", 2))).on(OTHER, reply("I would rather not."))
                .on(THIRD, reply("questions: [this is: {not valid"));

        CouncilException failure = catchThrowableOfType(CouncilException.class,
                () -> fixture.service().draft(fixture.ticket.id(), new Cancellation()));

        assertThat(failure.error()).isEqualTo(CouncilError.QUORUM_NOT_MET);
        assertThat(failure.getMessage()).contains("1 of 3", OTHER.value() + " (invalid_output)",
                THIRD.value() + " (invalid_output)");
        assertThat(failure.diagnostics()).hasValueSatisfying(text -> assertThat(text).contains("after 2 prompt(s)"));
        // One corrective retry each (structuredRetryCount = 1), every attempt kept raw for diagnosis.
        assertThat(fixture.runtime.promptsTo(OTHER)).hasSize(2);
        assertThat(fixture.count(TicketStatus.COUNCIL_DELIBERATING, "interview_draft_attempt")).isEqualTo(5);
        DraftRound stored = CouncilJson.drafts(fixture.artifact(TicketStatus.COUNCIL_DELIBERATING,
                "interview_drafts").orElseThrow());
        assertThat(stored.drafts()).extracting(Draft::member).containsExactly(MAIN.value());
        assertThat(stored.drafts().get(0).content()).doesNotContain("rather not");
    }

    @Test
    void aCorrectiveRetryExplainsTheErrorAndFixesInvalidOutput() {
        String wrongPhase = "questions:\n  - id: 1\n    phase: middle\n    question: What?\n";
        fixture.runtime.on(MAIN, reply(draft("main", 2))).on(OTHER, reply(wrongPhase), reply(draft("other", 2)))
                .on(THIRD, reply(draft("third", 2)));

        DraftRound round = fixture.service().draft(fixture.ticket.id(), new Cancellation());

        assertThat(round.outcomes()).containsValues(Quorum.Outcome.COMPLETED);
        assertThat(round.members()).filteredOn(report -> report.member().equals(OTHER.value()))
                .singleElement().satisfies(report -> assertThat(report.attempts()).isEqualTo(2));
        List<Prompted> other = fixture.runtime.promptsTo(OTHER);
        assertThat(other.get(1).text()).contains("## Correction needed",
                "phase must be foundation, structure or assembly; got 'middle'", "phase: middle", "questions:");
        assertThat(other.get(1).sessionId()).isNotEqualTo(other.get(0).sessionId());
    }

    @Test
    void emptyRepliesAndTransportFailuresAreResentUnchanged() {
        fixture.runtime.on(MAIN, reply(""), reply(draft("main", 1)))
                .on(OTHER, fail(RuntimeFailureKind.PROVIDER_OVERLOADED), reply(draft("other", 1)))
                .on(THIRD, fail(RuntimeFailureKind.TRUNCATED_OUTPUT), fail(RuntimeFailureKind.UNREACHABLE));

        DraftRound round = fixture.service().draft(fixture.ticket.id(), new Cancellation());

        assertThat(fixture.runtime.promptsTo(MAIN).get(1).text()).isEqualTo(fixture.runtime.promptsTo(MAIN).get(0).text());
        assertThat(fixture.runtime.promptsTo(OTHER).get(1).text())
                .isEqualTo(fixture.runtime.promptsTo(OTHER).get(0).text());
        assertThat(round.members()).filteredOn(report -> report.member().equals(THIRD.value())).singleElement()
                .satisfies(report -> {
                    assertThat(report.outcome()).isEqualTo(Quorum.Outcome.FAILED);
                    assertThat(report.failure()).contains(RuntimeFailureKind.UNREACHABLE);
                });
    }

    @Test
    void validDraftsAreStoredInOurCanonicalFormNotAsTheModelWroteThem() {
        String sloppy = "Here you go:\n```yaml\nquestions:\n  - id: q3\n    phase: Assembly\n    question: Last?\n"
                + "  - id: 1\n    phase: foundation\n    prompt: First?\n```\nHope this helps!";
        fixture.runtime.on(MAIN, reply(sloppy)).on(OTHER, reply(draft("other", 1))).on(THIRD, reply(draft("third", 1)));

        DraftRound round = fixture.service().draft(fixture.ticket.id(), new Cancellation());

        assertThat(round.draftOf(MAIN.value()).orElseThrow().content()).isEqualTo("questions:\n"
                + "- id: Q01\n  phase: foundation\n  question: First?\n"
                + "- id: Q03\n  phase: assembly\n  question: Last?\n");
        assertThat(round.members().get(0).warnings()).anySatisfy(w -> assertThat(w).contains("code fence"))
                .anySatisfy(w -> assertThat(w).contains("phase order"));
    }

    @Test
    void cancellationAbortsEveryInFlightSessionAndEndsTheStep() throws Exception {
        fixture.runtime.on(MAIN, hang()).on(OTHER, hang()).on(THIRD, hang());
        Cancellation cancellation = new Cancellation();
        CompletableFuture<DraftRound> running = CompletableFuture.supplyAsync(
                () -> fixture.service().draft(fixture.ticket.id(), cancellation));

        fixture.runtime.awaitPrompts(3);
        TestCancellation.cancel(cancellation);

        assertThatThrownBy(running::join).hasCauseInstanceOf(Cancellation.CancelledException.class);
        assertThat(fixture.runtime.abortedSessions()).containsExactlyInAnyOrderElementsOf(
                fixture.runtime.prompts().stream().map(Prompted::sessionId).toList());
        assertThat(fixture.artifact(TicketStatus.COUNCIL_DELIBERATING, "interview_drafts")).isEmpty();
    }
}
