package dev.loopwright.application.port.out.git;

import java.util.Objects;
import java.util.Optional;

/**
 * One changed path of a working copy, as a {@code git status --porcelain} line: how the index differs from the
 * head commit ({@code staged}) and how the files differ from the index ({@code unstaged}). Paths are relative to
 * the working copy with {@code /} separators; untracked files are listed one by one, never as a folder.
 */
public record FileChange(String path, Optional<String> originalPath, ChangeKind staged, ChangeKind unstaged) {
    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(originalPath, "originalPath");
        Objects.requireNonNull(staged, "staged");
        Objects.requireNonNull(unstaged, "unstaged");
        if (originalPath.isPresent() != (staged == ChangeKind.RENAMED)) {
            throw new IllegalArgumentException("an original path goes with a staged rename, and only then: " + path);
        }
    }

    public static FileChange untracked(String path) {
        return new FileChange(path, Optional.empty(), ChangeKind.UNTRACKED, ChangeKind.UNTRACKED);
    }

    /** The one word for this path compared with the head commit, for callers that do not care about staging. */
    public ChangeKind kind() {
        if (staged == ChangeKind.UNTRACKED || staged == ChangeKind.CONFLICTED) {
            return staged;
        }
        if (unstaged == ChangeKind.DELETED) {
            return staged == ChangeKind.ADDED ? ChangeKind.UNCHANGED : ChangeKind.DELETED;
        }
        return staged == ChangeKind.UNCHANGED ? unstaged : staged;
    }
}
