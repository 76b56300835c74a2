package dev.loopwright.application.beads;

import static dev.loopwright.application.beads.BeadsFixture.MAIN;
import static dev.loopwright.application.beads.BeadsFixture.blueprint;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.Test;

class BeadsCoverageTest {
    private static final String CLEAN = "status: clean\ngaps: []\nfollow_up_questions: []\n";
    private static final String GAPS = "status: gaps\ngaps:\n  - \"No bead writes the CSV header row\"\n"
            + "follow_up_questions: []\n";
    private static final String REVISION = blueprint("main", "add-export", "add-header")
            + "changes:\n  - type: added\n    id: add-header\n    title: main add-header\n    summary: Header row\n"
            + "gap_resolutions:\n  - gap: \"No bead writes the CSV header row\"\n    action: updated_beads\n"
            + "    rationale: add-header writes it\n";

    private final BeadsFixture fixture = new BeadsFixture();
    private final Beads beads = fixture.beads();

    private void refined() {
        fixture.councilWonByMain(beads, blueprint("main", "add-export"), blueprint("other", "other-export"));
    }

    private TicketEvent runCoverage(Beads phase) {
        return phase.coverage().run(fixture.ticket.id(), new Cancellation());
    }

    @Test
    void aCleanFirstAuditGoesOnWithTheRefinedBlueprintAsVersionOne() {
        refined();
        fixture.runtime.on(MAIN, reply(CLEAN));

        assertThat(runCoverage(beads)).isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));

        assertThat(fixture.count(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE)).isEqualTo(1);
        assertThat(fixture.artifact(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE)).hasValueSatisfying(
                record -> assertThat(record).contains("\"candidateVersion\":1", "\"outcome\":\"clean\""));
        assertThat(fixture.count(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE_REVISION)).isZero();
        String audit = fixture.runtime.promptsTo(MAIN).get(fixture.runtime.promptsTo(MAIN).size() - 1).text();
        assertThat(audit).contains("Implementation Plan version 1", "1 of at most 3", "US-1-1", "main add-export");
    }

    @Test
    void gapsAreRevisedIntoTheNextVersionWhichIsAuditedAgain() {
        refined();
        fixture.runtime.on(MAIN, reply(GAPS), reply(REVISION), reply(CLEAN));

        assertThat(runCoverage(beads)).isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));

        assertThat(fixture.count(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE)).isEqualTo(2);
        assertThat(fixture.artifact(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE_REVISION))
                .hasValueSatisfying(record -> assertThat(record).contains("\"version\":2",
                        "Implementation Plan v1 and created Implementation Plan v2", "add-header"));
        assertThat(fixture.artifact(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE))
                .hasValueSatisfying(record -> assertThat(record).contains("\"candidateVersion\":2"));
        String lastAudit = fixture.runtime.promptsTo(MAIN).get(fixture.runtime.promptsTo(MAIN).size() - 1).text();
        assertThat(lastAudit).contains("Implementation Plan version 2", "main add-header");
    }

    @Test
    void theLastAllowedAuditThatStillFindsGapsEndsAtTheLimitWithTheGapsOnRecord() {
        BeadsFixture twoPasses = new BeadsFixture(2, 1);
        Beads phase = twoPasses.beads();
        twoPasses.councilWonByMain(phase, blueprint("main", "add-export"), blueprint("other", "other-export"));
        twoPasses.runtime.on(MAIN, reply(GAPS), reply(REVISION), reply(GAPS));

        assertThat(phase.coverage().run(twoPasses.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_LIMIT_REACHED));

        assertThat(twoPasses.count(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE)).isEqualTo(2);
        assertThat(twoPasses.count(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE_REVISION))
                .isEqualTo(1);
        assertThat(twoPasses.artifact(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE))
                .hasValueSatisfying(record -> assertThat(record).contains("\"outcome\":\"limit_reached\"",
                        "\"hasRemainingGaps\":true", "header row"));
    }

    @Test
    void aRestartResumesFromTheLastStoredVersionWithoutAskingAgain() {
        refined();
        // The first run audits (gaps) and then fails to revise: the audit of version 1 is on record.
        fixture.runtime.on(MAIN, reply(GAPS), reply("beads: []"), reply("beads: []"));
        PhaseFailure failed = catchThrowableOfType(() -> runCoverage(beads), PhaseFailure.class);
        assertThat(failed.codes()).containsExactly(BeadsCoverage.FAILED);
        int promptsBefore = fixture.runtime.promptsTo(MAIN).size();

        fixture.runtime.on(MAIN, reply(REVISION), reply(CLEAN));
        assertThat(runCoverage(fixture.beads())).isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));

        // Only the revision and one audit of version 2 were asked: version 1 was not audited again.
        assertThat(fixture.runtime.promptsTo(MAIN)).hasSize(promptsBefore + 2);
        assertThat(fixture.runtime.promptsTo(MAIN).get(promptsBefore).text()).contains("Revise Implementation Plan"
                + " version 1");
        assertThat(fixture.count(TicketStatus.VERIFYING_BEADS_COVERAGE, BeadsArtifacts.COVERAGE)).isEqualTo(2);

        // A run after the clean audit answers from the record alone.
        assertThat(runCoverage(fixture.beads())).isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));
        assertThat(fixture.runtime.promptsTo(MAIN)).hasSize(promptsBefore + 2);
    }

    @Test
    void malformedAuditsAreCorrectedAndUnusableOnesBlockWithTheCoverageCode() {
        refined();
        fixture.runtime.on(MAIN, reply("status: clean\ngaps: [\"something\"]\n"), reply(CLEAN));
        assertThat(runCoverage(beads)).isEqualTo(TicketEvent.of(TicketEventType.COVERAGE_CLEAN));
        String correction = fixture.runtime.promptsTo(MAIN).get(fixture.runtime.promptsTo(MAIN).size() - 1).text();
        assertThat(correction).contains("Correction needed", "status is clean but 1 gap(s) are listed");
    }

    @Test
    void aRevisionThatLeavesAGapUnansweredIsRefused() {
        refined();
        String unanswered = REVISION.substring(0, REVISION.indexOf("gap_resolutions:")) + "gap_resolutions: []\n";
        fixture.runtime.on(MAIN, reply(GAPS), reply(unanswered), reply(unanswered));
        PhaseFailure failed = catchThrowableOfType(() -> runCoverage(beads), PhaseFailure.class);
        assertThat(failed.codes()).containsExactly(BeadsCoverage.FAILED);
        assertThat(failed.getMessage()).contains("1 gap(s) have no entry in gap_resolutions");
        assertThat(fixture.count(TicketStatus.VERIFYING_BEADS_COVERAGE, "beads_revise_attempt")).isEqualTo(2);
    }
}
