package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.PushStatus;
import dev.loopwright.application.workflow.PhaseFailure;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullRequestPhaseTest {
    private static final TicketStatus PHASE = TicketStatus.CREATING_PULL_REQUEST;
    private static final String DIFF = "diff --git a/src/Basket.java b/src/Basket.java\n"
            + "--- a/src/Basket.java\n+++ b/src/Basket.java\n@@ -1,2 +1,3 @@\n-old\n+new\n+more\n"
            + "diff --git a/src/Store.java b/src/Store.java\nnew file mode 100644\n--- /dev/null\n"
            + "+++ b/src/Store.java\n@@ -0,0 +1 @@\n+class Store {}\n";

    @TempDir
    Path temp;

    private DeliveryFixture f;

    @BeforeEach
    void anIntegratedTicket() throws Exception {
        f = new DeliveryFixture(temp);
        f.at(TicketStatus.INTEGRATING_CHANGES);
        f.delivery().handlers().get(TicketStatus.INTEGRATING_CHANGES).run(f.context(TicketStatus.INTEGRATING_CHANGES));
        f.at(PHASE);
        f.git.diff = DIFF;
        f.github.headSha = f.git.head.value();
    }

    @Test
    void withoutGitHubTheDeliveryIsALocalReportOfTheBranchAndItsDiff() throws Exception {
        assertThat(f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.PULL_REQUEST_READY));

        JsonNode report = f.artifact(DeliveryArtifacts.PULL_REQUEST_REPORT);
        assertThat(report.path("mode").asText()).isEqualTo("local");
        assertThat(report.path("reason").asText()).isEqualTo("the repository has no origin remote");
        assertThat(report.path("branch").asText()).isEqualTo("SHOP-1");
        assertThat(report.path("baseBranch").asText()).isEqualTo("main");
        assertThat(report.path("candidateCommit").asText()).isEqualTo(f.git.head.value());
        assertThat(report.path("diff").path("filesChanged").asInt()).isEqualTo(2);
        assertThat(report.path("diff").path("insertions").asInt()).isEqualTo(3);
        assertThat(report.path("diff").path("deletions").asInt()).isEqualTo(1);
        assertThat(report.path("diff").path("stat").asText()).contains("src/Store.java | +1 -0");
        assertThat(report.path("title").asText()).isEqualTo("SHOP-1: Save the basket");
        assertThat(report.path("body").asText()).contains("- Bead B1", "- Bead B2", "`src/Basket.java` +2 -1");
        assertThat(f.git.pushes).isEmpty();
    }

    @Test
    void aGitHubOriginWithoutATokenStaysLocal() throws Exception {
        f.withGitHub("git@github.com:acme/shop.git");
        f.host = java.util.Optional.empty();

        f.delivery().handlers().get(PHASE).run(f.context(PHASE));

        assertThat(f.artifact(DeliveryArtifacts.PULL_REQUEST_REPORT).path("reason").asText())
                .contains("no GitHub token");
        assertThat(f.github.calls).isEmpty();
    }

    @Test
    void onGitHubTheBranchIsPushedWithALeaseAndADraftPullRequestOpened() throws Exception {
        f.withGitHub("https://github.com/acme/shop.git");

        assertThat(f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .contains(TicketEvent.of(TicketEventType.PULL_REQUEST_READY));

        assertThat(f.git.pushes).containsExactly("origin SHOP-1 FORCE_WITH_LEASE");
        assertThat(f.github.calls).containsExactly("find acme/shop SHOP-1 main", "create #1");
        JsonNode report = f.artifact(DeliveryArtifacts.PULL_REQUEST_REPORT);
        assertThat(report.path("mode").asText()).isEqualTo("github");
        assertThat(report.path("repository").asText()).isEqualTo("acme/shop");
        assertThat(report.path("prNumber").asInt()).isEqualTo(1);
        assertThat(report.path("prUrl").asText()).isEqualTo("https://github.com/acme/shop/pull/1");
        assertThat(report.path("prState").asText()).isEqualTo("draft");
    }

    @Test
    void runningAgainUpdatesTheSamePullRequest() throws Exception {
        f.withGitHub("https://github.com/acme/shop");
        Delivery delivery = f.delivery();
        delivery.handlers().get(PHASE).run(f.context(PHASE));

        delivery.handlers().get(PHASE).run(f.context(PHASE));

        assertThat(f.github.calls).containsExactly("find acme/shop SHOP-1 main", "create #1",
                "find acme/shop SHOP-1 main", "update #1");
        assertThat(f.github.pulls).hasSize(1);
    }

    @Test
    void aRejectedPushFailsWithGitsReason() {
        f.withGitHub("https://github.com/acme/shop");
        f.git.pushResult = new PushResult("origin", "SHOP-1", PushStatus.REJECTED_STALE, "stale info");

        assertThatThrownBy(() -> f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .isInstanceOfSatisfying(PhaseFailure.class, failure -> {
                    assertThat(failure.codes()).containsExactly(DeliveryArtifacts.PULL_REQUEST_FAILED);
                    assertThat(failure.getMessage()).isEqualTo("Pushing SHOP-1 to origin failed (REJECTED_STALE):"
                            + " stale info");
                });
        assertThat(f.github.calls).isEmpty();
    }

    @Test
    void aBranchThatMovedAfterIntegrationIsNotDelivered() {
        f.git.head = ScriptedGit.commit(999);

        assertThatThrownBy(() -> f.delivery().handlers().get(PHASE).run(f.context(PHASE)))
                .isInstanceOf(PhaseFailure.class).hasMessageContaining("moved after integration");
        assertThat(f.artifacts(DeliveryArtifacts.PULL_REQUEST_REPORT)).isEmpty();
    }
}
