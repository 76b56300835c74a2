package dev.loopwright.application.error;

import dev.loopwright.domain.approval.ContentHash;
import java.util.Objects;

/**
 * An approval named the hash of a text that is no longer the current one: someone changed the artifact after the
 * person reviewed it. Nothing was approved; the caller shows both hashes so the person can review again.
 */
public final class StaleApprovalException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    private final String artifactType;
    private final ContentHash expected;
    private final ContentHash current;

    public StaleApprovalException(String artifactType, ContentHash expected, ContentHash current) {
        super("Stale approval");
        this.artifactType = Objects.requireNonNull(artifactType, "artifactType");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.current = Objects.requireNonNull(current, "current");
    }

    public String artifactType() {
        return artifactType;
    }

    public ContentHash expected() {
        return expected;
    }

    public ContentHash current() {
        return current;
    }
}
