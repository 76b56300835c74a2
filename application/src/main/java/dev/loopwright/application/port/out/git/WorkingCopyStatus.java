package dev.loopwright.application.port.out.git;

import java.util.List;
import java.util.Objects;

/** Every changed, added, deleted, renamed or untracked path of a working copy, sorted by path. */
public record WorkingCopyStatus(List<FileChange> changes) {
    public WorkingCopyStatus {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }

    public boolean isClean() {
        return changes.isEmpty();
    }

    /** The changed paths, in order. */
    public List<String> paths() {
        return changes.stream().map(FileChange::path).toList();
    }
}
