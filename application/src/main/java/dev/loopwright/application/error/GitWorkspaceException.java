package dev.loopwright.application.error;

/**
 * A git operation on a repository or a ticket's working copy failed for a reason the workflow cannot absorb:
 * no repository, an unusable path, a missing git command, a transport failure, a ref changed underneath us.
 * Expected outcomes (nothing to commit, a merge conflict, a rejected push) are result values, not this.
 */
public final class GitWorkspaceException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    public GitWorkspaceException(String message) {
        super(message);
    }

    public GitWorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
