package dev.loopwright.application.port.out.git;

import java.util.Objects;

/** What pushing {@code branch} to {@code remote} did, with git's own summary line for the user. */
public record PushResult(String remote, String branch, PushStatus status, String message) {
    public PushResult {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}
