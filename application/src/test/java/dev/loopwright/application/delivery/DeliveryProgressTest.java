package dev.loopwright.application.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.application.port.in.DeliveryProgressView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime view's delivery part, read back from the reports the delivery steps write. */
class DeliveryProgressTest {
    @TempDir
    Path temp;

    private DeliveryFixture f;

    @Test
    void beforeDeliveryEverythingIsPending() {
        f = new DeliveryFixture(temp);

        DeliveryProgressView progress = progress();

        assertThat(progress.finalTestStatus()).isEqualTo("pending");
        assertThat(List.of(progress.baseBranch(), progress.candidateCommit(), progress.deliveryMode(),
                progress.prUrl(), progress.completionDisposition(), progress.cleanupStatus())).allMatch(Optional::isEmpty);
        assertThat(progress.prNumber()).isEmpty();
    }

    @Test
    void onGitHubItShowsTheCandidateAndThePullRequestThenItsMerge() throws Exception {
        Delivery delivery = delivered(true);

        DeliveryProgressView open = progress();
        assertThat(open.baseBranch()).contains("main");
        assertThat(open.candidateCommit()).contains(f.git.head.value());
        assertThat(open.preSquashHead()).isPresent().isNotEqualTo(open.candidateCommit());
        assertThat(open.deliveryMode()).contains("github");
        assertThat(open.prNumber()).contains(1);
        assertThat(open.prUrl()).hasValueSatisfying(url -> assertThat(url).contains("/pull/1"));
        assertThat(open.prState()).isPresent().isNotEqualTo(Optional.of("merged"));
        assertThat(open.completionDisposition()).isEmpty();

        delivery.review().merge(f.ticket);

        DeliveryProgressView merged = progress();
        assertThat(merged.prState()).contains("merged");
        assertThat(merged.completionDisposition()).contains("merged");
    }

    @Test
    void aLocalDeliveryClosedUnmergedHasNoPullRequest() throws Exception {
        Delivery delivery = delivered(false);

        delivery.review().closeUnmerged(f.ticket);

        DeliveryProgressView closed = progress();
        assertThat(closed.deliveryMode()).contains("local");
        assertThat(closed.prNumber()).isEmpty();
        assertThat(closed.prState()).isEmpty();
        assertThat(closed.completionDisposition()).contains("closed_unmerged");
    }

    private DeliveryProgressView progress() {
        return new DeliveryProgress(f.r.attempts(), f.r.artifacts()).of(f.ticket.id());
    }

    private Delivery delivered(boolean onGitHub) throws Exception {
        f = new DeliveryFixture(temp);
        if (onGitHub) {
            f.withGitHub("git@github.com:acme/shop.git");
        }
        return f.deliveredToReview();
    }
}
