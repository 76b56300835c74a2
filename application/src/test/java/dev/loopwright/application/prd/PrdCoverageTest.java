package dev.loopwright.application.prd;

import static dev.loopwright.application.fake.ScriptedModelRuntime.fail;
import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static dev.loopwright.application.prd.PrdFixture.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.council.CouncilSettings;
import dev.loopwright.application.council.SoloCall;
import dev.loopwright.application.fake.RecordingEventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import dev.loopwright.application.prompt.PromptBuilder;
import dev.loopwright.application.workflow.NotifyingArtifactRepository;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrdCoverageTest {
    private static final String CLEAN = "status: clean\ngaps: []\nfollow_up_questions: []\n";
    private static final String GAP = "No story covers an empty month";
    private static final String GAPS = "status: gaps\ngaps:\n  - \"" + GAP + "\"\nfollow_up_questions: []\n";

    private PrdFixture fixture = fixture(3);

    private static PrdFixture fixture(int maxPasses) {
        PrdFixture fixture = new PrdFixture(true, maxPasses);
        fixture.toCoverage();
        return fixture;
    }

    /** A revision that adds story {@code stories} for the gap. */
    private static String revision(int stories) {
        return PrdFixture.prd("v" + stories, stories).replace("v" + stories + " story", "v1 story")
                .replace("v" + stories + " export", "v1 export").replace("(v" + stories + ")", "(v1)")
                + "changes:\n  - type: added\n    after: US-1-" + stories + "\n"
                + "gap_resolutions:\n  - gap: \"" + GAP + "\"\n    action: updated_prd\n    rationale: added a story\n"
                + "    affected_items: [{item_type: user_story, id: US-1-" + stories + "}]\n";
    }

    private TicketEvent run() {
        return fixture.coverage().run(fixture.ticket.id(), new Cancellation());
    }

    private List<JsonNode> records() {
        return records(PrdArtifacts.COVERAGE);
    }

    private List<JsonNode> records(String type) {
        ObjectMapper json = new ObjectMapper();
        return fixture.repositories.artifacts().findAll(fixture.ticket.id()).stream()
                .filter(artifact -> artifact.type().equals(type)).map(artifact -> {
                    try {
                        return json.readTree(artifact.content());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    @Test
    void aCleanFirstAuditMakesCandidateV1ThePrdUnderReview() {
        Replies winner = new Replies();
        winner.audit = prompt -> CLEAN;
        fixture.runtime.on(OTHER, replyWith(winner::answer));

        assertThat(run().type()).isEqualTo(TicketEventType.COVERAGE_CLEAN);

        assertThat(records()).singleElement().satisfies(record -> {
            assertThat(record.get("outcome").asText()).isEqualTo("clean");
            assertThat(record.get("candidateVersion").asInt()).isEqualTo(1);
        });
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT))
                .contains(fixture.canonicalPrd("v1", 1));
        String prompt = fixture.runtime.promptsTo(OTHER).get(0).text();
        assertThat(prompt).contains("Audit PRD candidate v1", "audit 1 of at most 3", "### full_answers",
                "other says", "### prd").doesNotContain("### ticket_details");
    }

    @Test
    void gapsLeadToARevisionStoredAsTheNextVersionWhichIsAuditedAgain() {
        Replies winner = new Replies();
        winner.audit = prompt -> prompt.contains("candidate v1") ? GAPS : CLEAN;
        winner.revise = prompt -> revision(2);
        fixture.runtime.on(OTHER, replyWith(winner::answer));

        assertThat(run().type()).isEqualTo(TicketEventType.COVERAGE_CLEAN);

        assertThat(fixture.runtime.promptsTo(OTHER)).extracting(prompt -> Replies.kind(prompt.text()))
                .containsExactly("audit", "revise", "audit");
        assertThat(fixture.runtime.promptsTo(OTHER).get(1).text()).contains("Revise PRD candidate v1", GAP);
        String v2 = fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.candidate(2)).orElseThrow();
        assertThat(v2).contains("US-1-2");
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT)).contains(v2);
        assertThat(records()).extracting(record -> record.get("outcome").asText()).containsExactly("gaps", "clean");
        assertThat(records(PrdArtifacts.REVISION)).singleElement().satisfies(revision -> {
            assertThat(revision.get("fromVersion").asInt()).isEqualTo(1);
            assertThat(revision.get("toVersion").asInt()).isEqualTo(2);
            assertThat(revision.get("gapResolutions").get(0).get("action").asText()).isEqualTo("updated_prd");
            assertThat(revision.get("changes").get(0).get("after").asText()).isEqualTo("US-1-2");
        });
    }

    @Test
    void theLoopStopsAtMaxPrdCoveragePassesWithTheGapsOnRecord() {
        fixture = fixture(2);
        Replies winner = new Replies();
        winner.audit = prompt -> GAPS;
        winner.revise = prompt -> revision(2);
        fixture.runtime.on(OTHER, replyWith(winner::answer));

        assertThat(run().type()).isEqualTo(TicketEventType.COVERAGE_LIMIT_REACHED);

        // Two audits, one revision: the last audit's gaps could not be checked again.
        assertThat(fixture.runtime.promptsTo(OTHER)).extracting(prompt -> Replies.kind(prompt.text()))
                .containsExactly("audit", "revise", "audit");
        assertThat(records()).extracting(record -> record.get("outcome").asText())
                .containsExactly("gaps", "limit_reached");
        assertThat(records().get(1).get("hasRemainingGaps").asBoolean()).isTrue();
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT))
                .contains(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.candidate(2)).orElseThrow());
    }

    @Test
    void aRestartResumesFromTheNewestStoredVersionNotFromScratch() {
        Replies before = new Replies();
        before.audit = prompt -> GAPS;
        before.revise = prompt -> revision(2);
        fixture.runtime.on(OTHER, replyWith(before::answer), replyWith(before::answer),
                fail(RuntimeFailureKind.PROVIDER_OVERLOADED));

        // v1 audited, v2 stored, then the audit of v2 fails every time: the process is as good as dead.
        PhaseFailure failure = catchThrowableOfType(this::run, PhaseFailure.class);
        assertThat(failure.codes()).containsExactly(PrdCoverage.FAILED);
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.candidate(2))).isPresent();

        // A new process: the model is fine now.
        PrdFixture restarted = fixture;
        Replies after = new Replies();
        after.audit = prompt -> CLEAN;
        int promptsBefore = restarted.runtime.prompts().size();
        restarted.runtime.on(OTHER, replyWith(after::answer));

        assertThat(restarted.coverage().run(restarted.ticket.id(), new Cancellation()).type())
                .isEqualTo(TicketEventType.COVERAGE_CLEAN);

        List<String> newPrompts = restarted.runtime.prompts().subList(promptsBefore, restarted.runtime.prompts().size())
                .stream().map(prompt -> prompt.text()).toList();
        assertThat(newPrompts).singleElement().satisfies(prompt -> assertThat(prompt)
                .contains("Audit PRD candidate v2", "audit 2 of at most 3"));
        assertThat(records()).extracting(record -> record.get("candidateVersion").asInt()).containsExactly(1, 2);
    }

    @Test
    void aRestartAfterTheGapsWereRecordedRevisesWithoutAuditingAgain() {
        Replies before = new Replies();
        before.audit = prompt -> GAPS;
        before.revise = prompt -> "no PRD here";
        fixture.runtime.on(OTHER, replyWith(before::answer));
        assertThat(catchThrowableOfType(this::run, PhaseFailure.class).getMessage())
                .contains("PRD revision", "no usable answer");
        int promptsBefore = fixture.runtime.prompts().size();

        Replies after = new Replies();
        after.audit = prompt -> CLEAN;
        after.revise = prompt -> revision(2);
        fixture.runtime.on(OTHER, replyWith(after::answer));
        assertThat(run().type()).isEqualTo(TicketEventType.COVERAGE_CLEAN);

        assertThat(fixture.runtime.prompts().subList(promptsBefore, fixture.runtime.prompts().size()))
                .extracting(prompt -> Replies.kind(prompt.text())).containsExactly("revise", "audit");
        assertThat(records()).hasSize(2);
    }

    @Test
    void aRunAfterTheLoopEndedOnlySendsItsEventAgain() {
        Replies winner = new Replies();
        winner.audit = prompt -> CLEAN;
        fixture.runtime.on(OTHER, replyWith(winner::answer));
        run();
        int prompts = fixture.runtime.prompts().size();

        assertThat(run().type()).isEqualTo(TicketEventType.COVERAGE_CLEAN);
        assertThat(fixture.runtime.prompts()).hasSize(prompts);
    }

    @Test
    void contradictoryAuditsAndRevisionsWithoutResolutionsAreSentBackForCorrection() {
        Replies winner = new Replies();
        winner.audit = prompt -> {
            if (prompt.contains("## Correction needed")) {
                return prompt.contains("candidate v1") ? GAPS : CLEAN;
            }
            return prompt.contains("candidate v1") ? "status: clean\ngaps: [\"" + GAP + "\"]\n" : CLEAN;
        };
        winner.revise = prompt -> prompt.contains("## Correction needed") ? revision(2)
                : revision(2).substring(0, revision(2).indexOf("gap_resolutions:"));
        fixture.runtime.on(OTHER, replyWith(winner::answer));

        assertThat(run().type()).isEqualTo(TicketEventType.COVERAGE_CLEAN);

        List<String> prompts = fixture.runtime.promptsTo(OTHER).stream().map(prompt -> prompt.text()).toList();
        assertThat(prompts).hasSize(5);
        assertThat(prompts.get(1)).contains("status clean cannot list gaps");
        assertThat(prompts.get(3)).contains("gap_resolutions must be a list");
    }

    @Test
    void everyArtifactTheLoopStoresIsAnnouncedOnTheStreamWhenStoredThroughTheNotifyingRepository() {
        Replies winner = new Replies();
        winner.audit = prompt -> prompt.contains("candidate v1") ? GAPS : CLEAN;
        winner.revise = prompt -> revision(2);
        fixture.runtime.on(OTHER, replyWith(winner::answer));
        RecordingEventPublisher events = new RecordingEventPublisher();
        PrdSources notifying = new PrdSources(fixture.repositories.attempts(),
                new NotifyingArtifactRepository(fixture.repositories.artifacts(), events), fixture.clock);
        PrdCoverage coverage = new PrdCoverage(fixture.repositories.tickets(), fixture.repositories.projects(),
                notifying, new SoloCall(fixture.runtime), t -> new CouncilSettings(Duration.ofSeconds(30), 2),
                new PromptBuilder(100_000));

        coverage.run(fixture.ticket.id(), new Cancellation());

        assertThat(events.published()).filteredOn(TicketNotification.ArtifactChanged.class::isInstance)
                .extracting(event -> ((TicketNotification.ArtifactChanged) event).artifactType())
                .contains(PrdArtifacts.COVERAGE, PrdArtifacts.candidate(2), PrdArtifacts.REVISION,
                        PrdArtifacts.DOCUMENT);
    }

    @Test
    void withoutTheWinnersFullAnswersCoverageReportsLostData() {
        PrdFixture lost = new PrdFixture(true, 3);
        lost.toCoverage();
        lost.put(TicketStatus.DRAFTING_PRD, PrdArtifacts.FULL_ANSWERS, "{}");

        PhaseFailure failure = catchThrowableOfType(() -> lost.coverage().run(lost.ticket.id(), new Cancellation()),
                PhaseFailure.class);

        assertThat(failure.codes()).containsExactly("COUNCIL_DATA_LOST");
        assertThat(lost.runtime.prompts()).isEmpty();
    }
}
