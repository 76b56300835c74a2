package dev.loopwright.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * How far a ticket's delivery got, from the reports its steps stored: the final test, the squashed candidate commit,
 * the pull request (or the local delivery), how the ticket was finished and what cleanup found.
 *
 * @param finalTestStatus {@code passed}, {@code failed}, or {@code pending} before the final test ran
 * @param deliveryMode {@code github} or {@code local}, once the pull request step ran
 * @param prState the pull request's state as last seen ({@code open}, {@code merged}, {@code closed}, …)
 * @param completionDisposition {@code merged} or {@code closed_unmerged}
 * @param cleanupStatus {@code clean} or {@code warning}
 */
public record DeliveryProgressView(Optional<String> baseBranch, String finalTestStatus,
        Optional<String> candidateCommit, Optional<String> preSquashHead, Optional<String> deliveryMode,
        Optional<Integer> prNumber, Optional<String> prUrl, Optional<String> prState, Optional<String> prHeadSha,
        Optional<String> completionDisposition, Optional<String> cleanupStatus) {
    public DeliveryProgressView {
        Objects.requireNonNull(baseBranch, "baseBranch");
        Objects.requireNonNull(finalTestStatus, "finalTestStatus");
        Objects.requireNonNull(candidateCommit, "candidateCommit");
        Objects.requireNonNull(preSquashHead, "preSquashHead");
        Objects.requireNonNull(deliveryMode, "deliveryMode");
        Objects.requireNonNull(prNumber, "prNumber");
        Objects.requireNonNull(prUrl, "prUrl");
        Objects.requireNonNull(prState, "prState");
        Objects.requireNonNull(prHeadSha, "prHeadSha");
        Objects.requireNonNull(completionDisposition, "completionDisposition");
        Objects.requireNonNull(cleanupStatus, "cleanupStatus");
    }
}
