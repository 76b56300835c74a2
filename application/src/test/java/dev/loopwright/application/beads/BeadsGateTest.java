package dev.loopwright.application.beads;

import static dev.loopwright.application.beads.BeadsFixture.MAIN;
import static dev.loopwright.application.beads.BeadsFixture.blueprint;
import static dev.loopwright.application.beads.BeadsFixture.line;
import static dev.loopwright.application.fake.ScriptedModelRuntime.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.port.in.BeadsView;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.bead.Bead;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeadsGateTest {
    private final BeadsFixture fixture = new BeadsFixture(3, 0);
    private final Beads beads = fixture.beads();

    /** Council, clean coverage and expansion of two beads; the ticket waits at the gate. */
    private BeadsView atTheGate() {
        fixture.councilWonByMain(beads, blueprint("main", "add-model", "add-export"), blueprint("other", "x"));
        fixture.runtime.on(MAIN, reply("status: clean\ngaps: []\n"));
        beads.coverage().run(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.COVERAGE_CLEAN);
        fixture.runtime.on(MAIN, reply(line("add-model") + line("add-export", "add-model")));
        beads.expansion().run(fixture.ticket.id(), new Cancellation());
        fixture.advance(TicketEventType.EXPANDED);
        return beads.gate().view(fixture.ticket.id(), Optional.empty());
    }

    private ArrayNode edited(BeadsView view) {
        ArrayNode array = BeadsJsonl.array(view.plan().orElseThrow());
        ((ObjectNode) array.get(1)).put("title", "Export orders as CSV, with a header row");
        return array;
    }

    @Test
    void theGateShowsThePlanWithTheHashOfItsCanonicalText() {
        BeadsView view = atTheGate();
        assertThat(view.raw()).isPresent();
        assertThat(view.contentSha256()).isEqualTo(ContentHash.of(view.raw().get()));
        assertThat(view.plan().orElseThrow().ids()).containsExactly("add-model", "add-export");
    }

    @Test
    void beforeExpansionThereIsNoPlanAndTheHashIsThatOfNothing() {
        BeadsView view = beads.gate().view(fixture.ticket.id(), Optional.empty());
        assertThat(view.raw()).isEmpty();
        assertThat(view.contentSha256()).isEqualTo(ContentHash.of(""));
    }

    @Test
    void anEditIsValidatedAndStoredCanonicallyWithOurOwnReverseEdgesAndTicket() {
        BeadsView view = atTheGate();
        ArrayNode array = edited(view);
        ((ObjectNode) array.get(0)).put("externalRef", "OTHER-9").putObject("dependencies").putArray("blocked_by");
        ((ObjectNode) array.get(0).get("dependencies")).putArray("blocks").add("nonsense");

        BeadsView saved = beads.gate().save(fixture.ticket.id(), Optional.empty(), array.toString());

        Bead model = saved.plan().orElseThrow().bead("add-model").orElseThrow();
        assertThat(model.dependencies().blocks()).containsExactly("add-export");
        assertThat(model.externalRef().toString()).isEqualTo("SHOP-1");
        assertThat(saved.plan().orElseThrow().bead("add-export").orElseThrow().title()).contains("header row");
        assertThat(saved.contentSha256()).isNotEqualTo(view.contentSha256());
        assertThat(fixture.count(TicketStatus.WAITING_BEADS_APPROVAL, BeadsArtifacts.EDIT_RECEIPT)).isEqualTo(1);
    }

    @Test
    void anEditWithAnInvalidGraphIsRefusedAndNothingChanges() {
        BeadsView view = atTheGate();
        ArrayNode cycle = BeadsJsonl.array(view.plan().orElseThrow());
        ((ArrayNode) cycle.get(0).get("dependencies").get("blocked_by")).add("add-export");
        ArrayNode unknown = BeadsJsonl.array(view.plan().orElseThrow());
        ((ArrayNode) unknown.get(0).get("dependencies").get("blocked_by")).add("ghost");
        ArrayNode duplicate = BeadsJsonl.array(view.plan().orElseThrow());
        ((ObjectNode) duplicate.get(1)).put("id", "add-model");

        assertThatThrownBy(() -> beads.gate().save(fixture.ticket.id(), Optional.empty(), cycle.toString()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dependency cycle");
        assertThatThrownBy(() -> beads.gate().save(fixture.ticket.id(), Optional.empty(), unknown.toString()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown bead ghost");
        assertThatThrownBy(() -> beads.gate().save(fixture.ticket.id(), Optional.empty(), duplicate.toString()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("duplicate bead id add-model");
        assertThatThrownBy(() -> beads.gate().save(fixture.ticket.id(), Optional.empty(), "{\"beads\": []}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> beads.gate().save(fixture.ticket.id(), Optional.empty(), "[{\"id\": \"x\"}]"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("priority");
        assertThat(beads.gate().view(fixture.ticket.id(), Optional.empty())).isEqualTo(view);
    }

    @Test
    void aStaleApprovalIsRefusedAndNothingChanges() {
        BeadsView view = atTheGate();
        beads.gate().save(fixture.ticket.id(), Optional.empty(), edited(view).toString());
        BeadsView current = beads.gate().view(fixture.ticket.id(), Optional.empty());

        StaleApprovalException stale = catchThrowableOfType(
                () -> beads.gate().approve(fixture.ticket.id(), view.contentSha256()), StaleApprovalException.class);

        assertThat(stale.current()).isEqualTo(current.contentSha256());
        assertThat(stale.artifactType()).isEqualTo("beads");
        assertThat(fixture.status()).isEqualTo(TicketStatus.WAITING_BEADS_APPROVAL);
        assertThat(beads.gate().view(fixture.ticket.id(), Optional.empty())).isEqualTo(current);
        assertThat(fixture.count(TicketStatus.WAITING_BEADS_APPROVAL, BeadsArtifacts.APPROVAL_RECEIPT)).isZero();
    }

    @Test
    void approvalStampsTheBeadsKeepsAReceiptAndMovesToPreFlightAndARepeatChangesNothing() {
        BeadsView view = atTheGate();
        fixture.clock.advance(Duration.ofHours(1));

        beads.gate().approve(fixture.ticket.id(), view.contentSha256());

        assertThat(fixture.status()).isEqualTo(TicketStatus.PRE_FLIGHT_CHECK);
        BeadsView approved = beads.gate().view(fixture.ticket.id(), Optional.empty());
        assertThat(approved.plan().orElseThrow().beads()).extracting(bead -> bead.createdAt().orElseThrow())
                .containsOnly(fixture.clock.instant());
        assertThat(fixture.artifact(TicketStatus.WAITING_BEADS_APPROVAL, BeadsArtifacts.APPROVAL_RECEIPT))
                .hasValueSatisfying(receipt -> assertThat(receipt).contains("\"content_sha256\":\""
                        + view.contentSha256().hex(), "\"stored_content_sha256\":\""
                        + approved.contentSha256().hex(), "\"bead_count\":2"));

        beads.gate().approve(fixture.ticket.id(), view.contentSha256());

        assertThat(fixture.status()).isEqualTo(TicketStatus.PRE_FLIGHT_CHECK);
        assertThat(fixture.count(TicketStatus.WAITING_BEADS_APPROVAL, BeadsArtifacts.APPROVAL_RECEIPT)).isEqualTo(1);
        assertThat(beads.gate().view(fixture.ticket.id(), Optional.empty())).isEqualTo(approved);
        assertThatThrownBy(() -> beads.gate().approve(fixture.ticket.id(), ContentHash.of("other")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not waiting for beads approval");
        assertThatThrownBy(() -> beads.gate().save(fixture.ticket.id(), Optional.empty(), "[]"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anotherFlowIsAPlanOfItsOwnAndItsNameIsChecked() {
        BeadsView view = atTheGate();
        beads.gate().save(fixture.ticket.id(), Optional.of("release/2.0"), edited(view).toString());

        assertThat(beads.gate().view(fixture.ticket.id(), Optional.of("release/2.0")).plan().orElseThrow()
                .bead("add-export").orElseThrow().title()).contains("header row");
        assertThat(beads.gate().view(fixture.ticket.id(), Optional.empty())).isEqualTo(view);
        assertThat(beads.gate().view(fixture.ticket.id(), Optional.of("main")).raw()).isEmpty();
        for (String bad : new String[] {"../x", "/abs", "a//b", "a/./b", "a\\b", "sp ace"}) {
            assertThatThrownBy(() -> beads.gate().view(fixture.ticket.id(), Optional.of(bad)))
                    .as(bad).isInstanceOf(ValidationException.class).hasMessageContaining("Invalid flow parameter");
        }
    }
}
