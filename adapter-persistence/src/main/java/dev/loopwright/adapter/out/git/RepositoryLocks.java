package dev.loopwright.adapter.out.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One lock per repository for the steps that write what all its working copies share: the repository config (where
 * a branch's base is recorded) and the list of linked worktrees. Git's own lock files refuse a second writer rather
 * than wait for it, and beads running side by side make their working copies at the same moment.
 */
final class RepositoryLocks {
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private RepositoryLocks() {
    }

    static <T> T holding(Path repositoryRoot, Supplier<T> step) {
        synchronized (LOCKS.computeIfAbsent(key(repositoryRoot), root -> new Object())) {
            return step.get();
        }
    }

    private static Path key(Path repositoryRoot) {
        try {
            return repositoryRoot.toRealPath();
        } catch (IOException e) {
            return repositoryRoot.toAbsolutePath().normalize();
        }
    }
}
