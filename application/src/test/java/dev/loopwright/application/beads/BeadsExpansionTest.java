package dev.loopwright.application.beads;

import static dev.loopwright.application.beads.BeadsFixture.MAIN;
import static dev.loopwright.application.beads.BeadsFixture.blueprint;
import static dev.loopwright.application.beads.BeadsFixture.line;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.bead.BeadPlan;
import dev.loopwright.domain.bead.BeadStatus;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansion after a clean coverage check, with no retries, so each reply is judged on its own. */
class BeadsExpansionTest {
    private static final String CLEAN = "status: clean\ngaps: []\nfollow_up_questions: []\n";

    private final BeadsFixture fixture = new BeadsFixture(3, 0);
    private final Beads beads = fixture.beads();

    private void covered() {
        fixture.councilWonByMain(beads, blueprint("main", "add-model", "add-export", "add-button"),
                blueprint("other", "other-export"));
        fixture.runtime.on(MAIN, reply(CLEAN));
        beads.coverage().run(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.COVERAGE_CLEAN);
    }

    private TicketEvent expand() {
        return beads.expansion().run(fixture.ticket.id(), new Cancellation());
    }

    private BeadPlan storedPlan() {
        return BeadsJsonl.read(fixture.artifact(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.PLAN).orElseThrow(),
                fixture.ticket.externalId());
    }

    @Test
    void theServerOwnsOrderStatusAndReverseEdgesAndTheContentComesFromTheBlueprint() {
        covered();
        fixture.runtime.on(MAIN, reply("```jsonl\n" + line("add-model") + line("add-export", "add-model")
                + line("add-button", "add-export", "add-model").replace("\"issueType\"",
                        "\"priority\": 9, \"status\": \"done\", \"blocks\": [\"x\"], \"issueType\"") + "```\n"));

        assertThat(expand()).isEqualTo(TicketEvent.of(TicketEventType.EXPANDED));

        BeadPlan plan = storedPlan();
        assertThat(plan.ids()).containsExactly("add-model", "add-export", "add-button");
        assertThat(plan.beads()).extracting(Bead::priority).containsExactly(1, 2, 3);
        assertThat(plan.beads()).extracting(Bead::status).containsOnly(BeadStatus.PENDING);
        assertThat(plan.bead("add-model").orElseThrow().dependencies().blocks())
                .containsExactly("add-export", "add-button");
        assertThat(plan.bead("add-button").orElseThrow().dependencies().blocks()).isEmpty();
        Bead model = plan.bead("add-model").orElseThrow();
        assertThat(model.title()).isEqualTo("main add-model");
        assertThat(model.testCommands()).containsExactly("mvn -q test");
        assertThat(model.externalRef().toString()).isEqualTo("SHOP-1");
        assertThat(model.targetFiles()).containsExactly("src/add-model.java");
        assertThat(plan.executionOrder().waves()).containsExactly(List.of("add-model"), List.of("add-export"),
                List.of("add-button"));
        assertThat(fixture.artifact(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.EXPANDED)).hasValueSatisfying(
                record -> assertThat(record).contains("\"candidateVersion\":1", "which Loopwright sets; ignored"));
        // One line per bead, in the reference's field names.
        String jsonl = fixture.artifact(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.PLAN).orElseThrow();
        assertThat(jsonl.split("\n")).hasSize(3);
        assertThat(jsonl).contains("\"blocked_by\":[\"add-model\"]", "\"status\":\"pending\"", "\"anti_patterns\"");

        // A plan already stored is not expanded again.
        int prompts = fixture.runtime.prompts().size();
        assertThat(fixture.beads().expansion().run(fixture.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.EXPANDED));
        assertThat(fixture.runtime.prompts()).hasSize(prompts);
    }

    @Test
    void anUnknownDependencyBlocksWithThePlanCodeAndTheRawReplyIsKept() {
        covered();
        String reply = line("add-model") + line("add-export", "add-database") + line("add-button");
        fixture.runtime.on(MAIN, reply(reply));

        PhaseFailure failure = catchThrowableOfType(this::expand, PhaseFailure.class);

        assertThat(failure.codes()).containsExactly(BeadsExpansion.PLAN_INVALID);
        assertThat(failure.getMessage()).contains("bead add-export depends on unknown bead add-database");
        assertRawKept(reply);
    }

    @Test
    void aCycleBlocksWithThePlanCodeAndTheRawReplyIsKept() {
        covered();
        String reply = line("add-model", "add-button") + line("add-export", "add-model") + line("add-button",
                "add-export");
        fixture.runtime.on(MAIN, reply(reply));

        PhaseFailure failure = catchThrowableOfType(this::expand, PhaseFailure.class);

        assertThat(failure.codes()).containsExactly(BeadsExpansion.PLAN_INVALID);
        assertThat(failure.getMessage()).contains("dependency cycle: add-model -> add-button -> add-export -> add-model");
        assertRawKept(reply);
    }

    @Test
    void aDuplicateIdBlocksWithThePlanCodeAndTheRawReplyIsKept() {
        covered();
        String reply = line("add-model") + line("add-model") + line("add-button");
        fixture.runtime.on(MAIN, reply(reply));

        PhaseFailure failure = catchThrowableOfType(this::expand, PhaseFailure.class);

        assertThat(failure.codes()).containsExactly(BeadsExpansion.PLAN_INVALID);
        assertThat(failure.getMessage()).contains("duplicate bead id add-model");
        assertRawKept(reply);
    }

    @Test
    void aSelfDependencyIsAGraphErrorToo() {
        covered();
        fixture.runtime.on(MAIN, reply(line("add-model", "add-model") + line("add-export") + line("add-button")));

        PhaseFailure failure = catchThrowableOfType(this::expand, PhaseFailure.class);

        assertThat(failure.codes()).containsExactly(BeadsExpansion.PLAN_INVALID);
        assertThat(failure.getMessage()).contains("bead add-model depends on itself");
    }

    @Test
    void aRenamedOrMissingBeadOrAnAbsoluteTargetFileIsAnExpansionFailure() {
        covered();
        fixture.runtime.on(MAIN, reply(line("add-model") + line("add-export")));
        PhaseFailure missing = catchThrowableOfType(this::expand, PhaseFailure.class);
        assertThat(missing.codes()).containsExactly(BeadsExpansion.FAILED);
        assertThat(missing.getMessage()).contains("the blueprint has 3 beads but the reply has 2 lines");

        fixture.runtime.on(MAIN, reply(line("add-model") + line("export") + line("add-button")));
        PhaseFailure renamed = catchThrowableOfType(this::expand, PhaseFailure.class);
        assertThat(renamed.getMessage()).contains("line 2 has id 'export' but must be bead 'add-export'");

        fixture.runtime.on(MAIN, reply(line("add-model") + line("add-export").replace("src/add-export.java",
                "/etc/passwd") + line("add-button")));
        PhaseFailure absolute = catchThrowableOfType(this::expand, PhaseFailure.class);
        assertThat(absolute.codes()).containsExactly(BeadsExpansion.FAILED);
        assertThat(absolute.getMessage()).contains("targetFiles");

        fixture.runtime.on(MAIN, reply("I could not do this."));
        assertThat(catchThrowableOfType(this::expand, PhaseFailure.class).codes())
                .containsExactly(BeadsExpansion.FAILED);
        assertThat(fixture.artifact(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.PLAN)).isEmpty();
    }

    @Test
    void aGraphErrorIsToldToTheModelWhichMayFixItWithinTheRetries() {
        BeadsFixture retrying = new BeadsFixture(3, 1);
        Beads phase = retrying.beads();
        retrying.councilWonByMain(phase, blueprint("main", "add-model", "add-export"), blueprint("other", "x"));
        retrying.runtime.on(MAIN, reply(CLEAN));
        phase.coverage().run(retrying.ticket.id(), new Cancellation());
        retrying.advance(TicketEventType.COVERAGE_CLEAN);
        retrying.runtime.on(MAIN, reply(line("add-model", "add-export") + line("add-export", "add-model")),
                reply(line("add-model") + line("add-export", "add-model")));

        assertThat(phase.expansion().run(retrying.ticket.id(), new Cancellation()))
                .isEqualTo(TicketEvent.of(TicketEventType.EXPANDED));
        String correction = retrying.runtime.promptsTo(MAIN).get(retrying.runtime.promptsTo(MAIN).size() - 1).text();
        assertThat(correction).contains("the dependency graph is invalid: dependency cycle");
    }

    private void assertRawKept(String reply) {
        JsonNode raw = BeadsStore.json(fixture.artifact(TicketStatus.EXPANDING_BEADS,
                "beads_expand_attempt").orElseThrow(), "raw");
        assertThat(raw.path("result").asText()).isEqualTo("rejected");
        assertThat(raw.path("reply").asText()).isEqualTo(reply);
        assertThat(fixture.artifact(TicketStatus.EXPANDING_BEADS, BeadsArtifacts.PLAN)).isEmpty();
    }
}
