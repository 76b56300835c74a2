package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewActionsTest {
    @TempDir
    Path temp;

    private DeliveryFixture f;

    private Delivery delivered(boolean onGitHub) throws Exception {
        f = new DeliveryFixture(temp);
        if (onGitHub) {
            f.withGitHub("git@github.com:acme/shop.git");
        }
        return f.deliveredToReview();
    }

    @Test
    void aLocalMergeMergesTheBranchIntoItsBaseAndMovesOnToCleanup() throws Exception {
        Delivery delivery = delivered(false);

        Ticket merged = delivery.review().merge(f.ticket);

        assertThat(merged.status()).isEqualTo(TicketStatus.CLEANING_ENV);
        assertThat(f.git.merges).containsExactly("Merge SHOP-1: Save the basket");
        JsonNode report = f.artifact(DeliveryArtifacts.MERGE_REPORT);
        assertThat(report.path("disposition").asText()).isEqualTo("merged");
        assertThat(report.path("mode").asText()).isEqualTo("local");
        assertThat(report.path("baseHead").asText()).isEqualTo(f.git.head.value());
        assertThat(report.path("fastForward").asBoolean()).isTrue();
    }

    @Test
    void mergingAnyOtherStatusIsAConflictAndChangesNothing() throws Exception {
        Delivery delivery = delivered(false);
        f.at(TicketStatus.CREATING_PULL_REQUEST);

        assertThatThrownBy(() -> delivery.review().merge(f.ticket)).isInstanceOf(ConflictException.class)
                .hasMessage("Ticket is not waiting for pull request review");
        assertThatThrownBy(() -> delivery.review().closeUnmerged(f.ticket)).isInstanceOf(ConflictException.class)
                .hasMessage("Ticket is not waiting for pull request review");
        assertThat(f.git.merges).isEmpty();
    }

    @Test
    void aConflictBlocksTheTicketWithThePathsAndARetryReturnsToTheReview() throws Exception {
        Delivery delivery = delivered(false);
        f.git.mergeResult = new MergeResult.Conflicted(List.of("src/Basket.java"));

        Ticket blocked = delivery.review().merge(f.ticket);

        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(blocked.workflow().previousStatus()).contains(TicketStatus.WAITING_PR_REVIEW);
        assertThat(f.r.errors().findAll(f.ticket.id())).singleElement().satisfies(error -> {
            assertThat(error.error().message()).contains("SHOP-1 conflicts with main in: src/Basket.java");
            assertThat(error.error().codes()).containsExactly(DeliveryArtifacts.MERGE_FAILED);
        });
        assertThat(f.artifacts(DeliveryArtifacts.MERGE_REPORT)).isEmpty();
    }

    @Test
    void localChangesInTheUsersCheckoutBlockWithWhatToDo() throws Exception {
        Delivery delivery = delivered(false);
        f.git.mergeResult = new MergeResult.BlockedByLocalChanges(f.repo, List.of("README.md"));

        Ticket blocked = delivery.review().merge(f.ticket);

        assertThat(blocked.status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(f.r.errors().findAll(f.ticket.id()).get(0).error().message()).contains("README.md",
                "commit or stash them");
    }

    @Test
    void analreadyMergedBranchCountsAsMerged() throws Exception {
        Delivery delivery = delivered(false);
        f.git.mergeResult = new MergeResult.AlreadyMerged(f.git.head);

        assertThat(delivery.review().merge(f.ticket).status()).isEqualTo(TicketStatus.CLEANING_ENV);
        assertThat(f.artifact(DeliveryArtifacts.MERGE_REPORT).path("alreadyMerged").asBoolean()).isTrue();
    }

    @Test
    void closingUnmergedRecordsTheDispositionAndTouchesNoBranch() throws Exception {
        Delivery delivery = delivered(false);

        assertThat(delivery.review().closeUnmerged(f.ticket).status()).isEqualTo(TicketStatus.CLEANING_ENV);

        assertThat(f.artifact(DeliveryArtifacts.MERGE_REPORT).path("disposition").asText())
                .isEqualTo("closed_unmerged");
        assertThat(f.git.merges).isEmpty();
    }

    @Test
    void onGitHubTheDraftIsMarkedReadyThenMergedAtTheReviewedHead() throws Exception {
        Delivery delivery = delivered(true);
        f.github.calls.clear();

        assertThat(delivery.review().merge(f.ticket).status()).isEqualTo(TicketStatus.CLEANING_ENV);

        assertThat(f.github.calls).containsExactly("get #1", "ready #1", "merge #1 " + f.git.head.value(), "get #1");
        JsonNode report = f.artifact(DeliveryArtifacts.MERGE_REPORT);
        assertThat(report.path("mode").asText()).isEqualTo("github");
        assertThat(report.path("prState").asText()).isEqualTo("merged");
        assertThat(f.git.merges).as("the local checkout is left alone").isEmpty();
    }

    @Test
    void gitHubRefusingTheMergeBlocksTheTicket() throws Exception {
        Delivery delivery = delivered(true);
        f.github.refuseMerge = true;

        assertThat(delivery.review().merge(f.ticket).status()).isEqualTo(TicketStatus.BLOCKED_ERROR);
        assertThat(f.r.errors().findAll(f.ticket.id()).get(0).error().message()).contains("not mergeable");
    }
}
