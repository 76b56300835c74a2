package dev.loopwright.application.scan;

import java.util.Objects;

/**
 * A file the change will likely touch or needs understood, with why.
 *
 * @param path relative to the repository root, with forward slashes
 */
public record RelevantFile(String path, String rationale, Relevance relevance, Action likelyAction) {
    public RelevantFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(relevance, "relevance");
        Objects.requireNonNull(likelyAction, "likelyAction");
    }

    public enum Relevance { HIGH, MEDIUM, LOW }

    public enum Action { READ, MODIFY, CREATE }
}
