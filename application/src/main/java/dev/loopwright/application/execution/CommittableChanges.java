package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which changed paths a bead commits: everything the agent changed except Loopwright's own folders and untracked
 * generated noise (build output, dependency folders, caches, logs, local env files). A tracked file is committed
 * wherever it is: only new files can be noise.
 */
final class CommittableChanges {
    private static final Set<String> OWN_ROOTS = Set.of(GitWorkspace.TICKET_METADATA_FOLDER, ".loopwright");
    private static final Set<String> NOISE_ROOTS = Set.of("node_modules", "bower_components", ".pnpm-store",
            ".yarn/cache", ".yarn/unplugged", "dist", "dist-ssr", "build", "out", ".next", ".nuxt", ".svelte-kit",
            ".vite", "coverage", ".nyc_output", "playwright-report", "test-results", "target", ".gradle", "bin",
            "obj", ".venv", "venv", "env", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox",
            ".nox", "htmlcov", ".cache", "CMakeFiles", ".dart_tool", ".pub-cache", ".build", "DerivedData",
            ".terraform", ".serverless", ".aws-sam", "tmp", "temp", ".tmp", "logs", "vendor/bundle", "vendor/cache");
    private static final Set<String> NOISE_NAMES = Set.of(".ds_store", "thumbs.db", ".env");

    /** The paths to commit and the paths left out, both sorted. */
    record Split(List<String> committable, List<String> skipped) {
    }

    private CommittableChanges() {
    }

    static Split of(WorkingCopyStatus status) {
        Set<String> committable = new TreeSet<>();
        Set<String> skipped = new TreeSet<>();
        for (FileChange change : status.changes()) {
            if (under(change.path(), OWN_ROOTS)) {
                skipped.add(change.path());
            } else if (change.kind() == ChangeKind.UNTRACKED && isNoise(change.path())) {
                skipped.add(change.path());
            } else {
                committable.add(change.path());
                change.originalPath().filter(original -> !under(original, OWN_ROOTS)).ifPresent(committable::add);
            }
        }
        return new Split(new ArrayList<>(committable), new ArrayList<>(skipped));
    }

    static boolean isNoise(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (NOISE_NAMES.contains(name) || name.endsWith(".log")
                || name.startsWith(".env.") && !name.equals(".env.example") && !name.equals(".env.sample")) {
            return true;
        }
        if (under(path, NOISE_ROOTS)) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith("cmake-build-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean under(String path, Set<String> roots) {
        for (String root : roots) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }
}
