package dev.loopwright.application.port.out.github;

import java.util.Objects;

/**
 * A pull request as the host reports it.
 *
 * @param headSha the commit its head branch points at
 */
public record PullRequest(int number, String url, PullRequestState state, String title, String headBranch,
        String baseBranch, String headSha) {
    public PullRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(baseBranch, "baseBranch");
        Objects.requireNonNull(headSha, "headSha");
    }
}
