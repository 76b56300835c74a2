package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationPhaseTest {
    private static final TicketStatus PHASE = TicketStatus.INTEGRATING_CHANGES;

    @TempDir
    Path temp;

    private DeliveryFixture f;

    @BeforeEach
    void aTicketReadyToIntegrate() {
        f = new DeliveryFixture(temp);
        f.at(PHASE);
    }

    @Test
    void squashesTheBranchIntoOneCommitNamedAfterTheTicketAndReportsIt() throws Exception {
        f.git.status = new WorkingCopyStatus(List.of(FileChange.untracked("out/Basket.class")));

        assertThat(f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.INTEGRATION_DONE));

        assertThat(f.git.squashMessages).containsExactly("SHOP-1: Save the basket");
        JsonNode report = f.artifact(DeliveryArtifacts.INTEGRATION_REPORT);
        assertThat(report.path("status").asText()).isEqualTo("passed");
        assertThat(report.path("baseBranch").asText()).isEqualTo("main");
        assertThat(report.path("preSquashHead").asText()).isEqualTo(ScriptedGit.commit(2).value());
        assertThat(report.path("candidateCommit").asText()).isEqualTo(f.git.head.value());
        assertThat(report.path("mergeBase").asText()).isEqualTo(f.git.forkPoint.value());
        assertThat(report.path("commitCount").asInt()).isEqualTo(2);
        assertThat(report.path("uncommittedLeftOut").get(0).asText()).isEqualTo("out/Basket.class");
    }

    @Test
    void aBranchWithoutChangesOfItsOwnFailsClearly() {
        f.git.commitsSinceBase = 0;

        assertThatThrownBy(() -> f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .isInstanceOfSatisfying(PhaseFailure.class, failure -> {
                    assertThat(failure.codes()).containsExactly(DeliveryArtifacts.INTEGRATION_FAILED);
                    assertThat(failure.getMessage()).isEqualTo("Nothing to integrate: branch SHOP-1 has no changes of"
                            + " its own since main");
                });
        assertThat(f.artifacts(DeliveryArtifacts.INTEGRATION_REPORT)).isEmpty();
    }

    @Test
    void aReRunAfterTheReportWasStoredSquashesNothingAgain() throws Exception {
        Delivery delivery = f.delivery();
        delivery.handlers().get(PHASE).run(f.context(PHASE));
        var candidate = f.git.head;

        assertThat(delivery.handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.INTEGRATION_DONE));

        assertThat(f.git.squashMessages).hasSize(1);
        assertThat(f.git.head).isEqualTo(candidate);
        assertThat(f.artifacts(DeliveryArtifacts.INTEGRATION_REPORT)).hasSize(1);
    }

    @Test
    void aReRunAfterACrashBetweenSquashAndReportKeepsTheOriginalPreSquashHead() throws Exception {
        // The squash happened (the intent was written, the head moved), then the process died before the report.
        Delivery delivery = f.delivery();
        delivery.handlers().get(PHASE).run(f.context(PHASE));
        f.r.artifacts().deleteAll(f.ticket.id());
        new DeliveryStore(f.r.attempts(), f.r.artifacts(), f.events, f.clock).append(f.ticket.id(), PHASE,
                DeliveryArtifacts.INTEGRATION_INTENT, DeliveryFixture.JSON.createObjectNode()
                        .put("preSquashHead", ScriptedGit.commit(2).value()));

        assertThat(delivery.handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.INTEGRATION_DONE));

        JsonNode report = f.artifact(DeliveryArtifacts.INTEGRATION_REPORT);
        assertThat(report.path("preSquashHead").asText()).isEqualTo(ScriptedGit.commit(2).value());
        assertThat(report.path("recoveredAfterInterruption").asBoolean()).isTrue();
        assertThat(report.path("candidateCommit").asText()).isEqualTo(f.git.head.value());
        assertThat(f.artifacts(DeliveryArtifacts.INTEGRATION_INTENT)).as("no second intent over the first").hasSize(1);
    }
}
