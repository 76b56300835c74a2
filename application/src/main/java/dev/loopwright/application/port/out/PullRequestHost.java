package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.github.HostedRepository;
import dev.loopwright.application.port.out.github.PullRequest;
import dev.loopwright.application.port.out.github.PullRequestDraft;
import java.util.Optional;

/**
 * Where pull requests are opened and merged (GitHub in production). Every call is one request to the host; failures
 * (network, authentication, a refusal) throw {@link dev.loopwright.application.port.out.github.PullRequestHostException}
 * with the host's own reason.
 */
public interface PullRequestHost {

    /** The newest pull request, open or closed, from {@code headBranch} into {@code baseBranch}. */
    Optional<PullRequest> find(HostedRepository repository, String headBranch, String baseBranch);

    /** Opens a new draft pull request. */
    PullRequest create(HostedRepository repository, PullRequestDraft draft);

    /** Replaces the title and body of pull request {@code number}. */
    PullRequest update(HostedRepository repository, int number, String title, String body);

    PullRequest get(HostedRepository repository, int number);

    /** Takes a draft out of draft, so it can be merged. */
    PullRequest markReady(HostedRepository repository, int number);

    /**
     * Merges pull request {@code number} with a merge commit titled {@code commitTitle}, and only while its head is
     * still {@code expectedHeadSha}, so a commit pushed after the review is never merged unseen.
     */
    void merge(HostedRepository repository, int number, String commitTitle, String expectedHeadSha);
}
