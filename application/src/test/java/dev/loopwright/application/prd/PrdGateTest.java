package dev.loopwright.application.prd;

import static dev.loopwright.application.fake.ScriptedModelRuntime.replyWith;
import static dev.loopwright.application.prd.PrdFixture.MAIN;
import static dev.loopwright.application.prd.PrdFixture.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.StaleApprovalException;
import dev.loopwright.application.port.in.FixPrdCoverageGapsUseCase;
import dev.loopwright.application.port.in.PrdView;
import dev.loopwright.application.workflow.Cancellation;
import dev.loopwright.domain.approval.ContentHash;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketStatus;
import org.junit.jupiter.api.Test;

class PrdGateTest {
    private static final String GAP = "No story covers an empty month";
    private final PrdFixture fixture = new PrdFixture(true, 2);

    /** Coverage ran and ended at its limit with one gap left; the ticket waits at the gate. */
    private PrdGate atGate(String audit) {
        fixture.toCoverage();
        Replies winner = new Replies();
        winner.audit = prompt -> audit;
        winner.revise = prompt -> PrdFixture.prd("v1", 1) + "changes: []\ngap_resolutions:\n  - gap: \"" + GAP
                + "\"\n    action: already_covered\n    rationale: it is\n";
        fixture.runtime.on(OTHER, replyWith(winner::answer));
        TicketEvent done = fixture.coverage().run(fixture.ticket.id(), new Cancellation());
        fixture.apply(done);
        return fixture.gate();
    }

    private static final String GAPS = "status: gaps\ngaps: [\"" + GAP + "\"]\n";
    private static final String CLEAN = "status: clean\ngaps: []\n";

    @Test
    void approvalNamesTheReviewedHashStampsTheDocumentKeepsAReceiptAndMovesOn() {
        PrdGate gate = atGate(CLEAN);
        PrdView view = gate.view(fixture.ticket.id());
        assertThat(view.contentSha256()).isPresent();

        gate.approve(fixture.ticket.id(), view.contentSha256().get());

        assertThat(fixture.current().status()).isEqualTo(TicketStatus.DRAFTING_BEADS);
        String stored = fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT).orElseThrow();
        assertThat(stored).contains("status: approved", "approved_by: user");
        assertThat(fixture.artifact(PrdArtifacts.GATE, PrdArtifacts.APPROVAL_RECEIPT).orElseThrow())
                .contains(view.contentSha256().get().hex(), ContentHash.of(stored).hex(), "\"artifact_type\":\"prd\"");
        // The same approval again changes nothing.
        assertThat(catchThrowableOfType(() -> gate.approve(fixture.ticket.id(), view.contentSha256().get()),
                ConflictException.class)).hasMessageContaining("not waiting for PRD approval");
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT)).contains(stored);
        assertThat(fixture.count(PrdArtifacts.GATE, PrdArtifacts.APPROVAL_RECEIPT)).isEqualTo(1);
    }

    @Test
    void aStaleHashApprovesNothing() {
        PrdGate gate = atGate(CLEAN);
        String before = fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT).orElseThrow();

        StaleApprovalException stale = catchThrowableOfType(() -> gate.approve(fixture.ticket.id(),
                ContentHash.of("something else")), StaleApprovalException.class);

        assertThat(stale.current()).isEqualTo(ContentHash.of(before));
        assertThat(fixture.current().status()).isEqualTo(TicketStatus.WAITING_PRD_APPROVAL);
        assertThat(fixture.artifact(PrdArtifacts.HOME, PrdArtifacts.DOCUMENT)).contains(before);
    }

    @Test
    void anEditIsValidatedRewrittenCanonicallyAndChangesTheHash() {
        PrdGate gate = atGate(CLEAN);
        PrdView before = gate.view(fixture.ticket.id());
        String edited = before.raw().orElseThrow().replace("Owners download a CSV", "Owners download a CSV file");

        PrdView after = gate.save(fixture.ticket.id(), edited);

        assertThat(after.raw().orElseThrow()).contains("Owners download a CSV file");
        assertThat(after.contentSha256()).isNotEqualTo(before.contentSha256());
        assertThat(catchThrowableOfType(() -> gate.save(fixture.ticket.id(), "epics: [\n"),
                ValidationException.class)).hasMessageContaining("not valid YAML");
        assertThat(catchThrowableOfType(() -> gate.save(fixture.ticket.id(), edited.replace("artifact: prd",
                "artifact: beads")), ValidationException.class)).hasMessageContaining("artifact must be prd");
        assertThat(gate.view(fixture.ticket.id()).raw()).isEqualTo(after.raw());
    }

    @Test
    void anEditBeforeTheGateIsRefused() {
        fixture.toCoverage();
        assertThat(catchThrowableOfType(() -> fixture.gate().save(fixture.ticket.id(), "x: 1"),
                ConflictException.class)).hasMessage("Ticket is not in a state where PRD can be edited");
    }

    @Test
    void theGapFixRevisesWithTheMainImplementerAndTheWinnerAuditsAgain() {
        PrdGate gate = atGate(GAPS);
        assertThat(gate.view(fixture.ticket.id()).coverageJson().orElseThrow()).contains("\"hasRemainingGaps\":true");
        Replies main = new Replies();
        main.revise = prompt -> PrdFixture.prd("v1", 2).replace("v1 story 2", "Empty month") + "changes:\n"
                + "  - type: added\n    after: US-1-2\ngap_resolutions:\n  - gap: \"" + GAP + "\"\n"
                + "    action: updated_prd\n    rationale: added\n";
        fixture.runtime.on(MAIN, replyWith(main::answer));
        Replies winner = new Replies();
        winner.audit = prompt -> CLEAN;
        fixture.runtime.on(OTHER, replyWith(winner::answer));

        FixPrdCoverageGapsUseCase.Result result = gate.fixGaps(fixture.ticket.id());

        assertThat(result.fixed()).isTrue();
        assertThat(result.remainingGaps()).isEmpty();
        assertThat(result.version()).isEqualTo(3);
        assertThat(result.prd().raw().orElseThrow()).contains("Empty month", "status: draft");
        assertThat(fixture.current().status()).isEqualTo(TicketStatus.WAITING_PRD_APPROVAL);
        assertThat(fixture.runtime.promptsTo(MAIN)).singleElement()
                .satisfies(prompt -> assertThat(prompt.text()).contains("Revise PRD candidate v2", GAP));
        // Nothing left to fix: a second call asks no model.
        int prompts = fixture.runtime.prompts().size();
        assertThat(gate.fixGaps(fixture.ticket.id()).fixed()).isFalse();
        assertThat(fixture.runtime.prompts()).hasSize(prompts);
    }
}
