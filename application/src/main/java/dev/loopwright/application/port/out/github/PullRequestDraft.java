package dev.loopwright.application.port.out.github;

import java.util.Objects;

/** A new pull request from {@code headBranch} into {@code baseBranch}. */
public record PullRequestDraft(String title, String body, String headBranch, String baseBranch) {
    public PullRequestDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(baseBranch, "baseBranch");
    }
}
