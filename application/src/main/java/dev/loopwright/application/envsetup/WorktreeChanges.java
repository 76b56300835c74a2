package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sorts a working copy's changes after setup. Loopwright's own folders and the setup roots (scratch folders, copied
 * inputs) are expected; untracked generated output (dependency folders, build output, logs, local env files) is
 * noise worth a warning but never committed by a bead; anything else would end up in a bead's commit, so setup
 * must not leave it. Tracked files count as committable wherever they are.
 */
record WorktreeChanges(List<String> committable, List<String> noise) {
    /** Folders that always belong to Loopwright, never to the project. */
    private static final List<String> OWN = List.of(GitWorkspace.TICKET_METADATA_FOLDER, ".loopwright");
    private static final Set<String> NOISE_FOLDERS = Set.of("node_modules", "bower_components", ".pnpm-store",
            ".yarn/cache", ".yarn/unplugged", "dist", "dist-ssr", "build", "out", ".next", ".nuxt", ".svelte-kit",
            ".vite", "coverage", ".nyc_output", "playwright-report", "test-results", "target", ".gradle", "bin", "obj",
            ".venv", "venv", "env", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox",
            "htmlcov", ".cache", "CMakeFiles", ".dart_tool", ".pub-cache", ".build", "DerivedData", ".terraform",
            ".serverless", ".aws-sam", "tmp", "temp", ".tmp", "logs", "vendor/bundle", "vendor/cache");
    private static final Set<String> NOISE_FILES = Set.of(".DS_Store", "Thumbs.db", ".env");
    private static final Set<String> SHARED_ENV_FILES = Set.of(".env.example", ".env.sample");
    private static final int SHOWN = 12;

    WorktreeChanges {
        committable = List.copyOf(committable);
        noise = List.copyOf(noise);
    }

    /** @param setupRoots relative paths setup may write to (temp roots, workspace inputs) */
    static WorktreeChanges classify(WorkingCopyStatus status, List<String> setupRoots) {
        List<String> committable = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        for (FileChange change : status.changes()) {
            String path = change.path();
            if (OWN.stream().anyMatch(root -> under(path, root)) || setupRoots.stream().anyMatch(root -> under(path,
                    root))) {
                continue;
            }
            if (change.kind() == ChangeKind.UNTRACKED && isNoise(path)) {
                noise.add(path);
            } else {
                committable.add(path);
            }
        }
        return new WorktreeChanges(committable, noise);
    }

    boolean isClean() {
        return committable.isEmpty();
    }

    String committableSummary() {
        return "Setup left changes that a bead would commit: " + shown(committable);
    }

    String noiseWarning() {
        return "Setup left untracked generated files (not committed; consider ignoring them): " + shown(noise);
    }

    private static String shown(List<String> paths) {
        String listed = String.join(", ", paths.subList(0, Math.min(SHOWN, paths.size())));
        return paths.size() > SHOWN ? listed + " and " + (paths.size() - SHOWN) + " more" : listed;
    }

    private static boolean isNoise(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (NOISE_FILES.contains(name) || name.toLowerCase(Locale.ROOT).endsWith(".log")
                || name.startsWith(".env.") && !SHARED_ENV_FILES.contains(name)) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith("cmake-build-")) {
                return true;
            }
        }
        return NOISE_FOLDERS.stream().anyMatch(folder -> under(path, folder));
    }

    /** Whether {@code path} is {@code root} or inside it; roots are matched from the top of the working copy. */
    private static boolean under(String path, String root) {
        String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        if (trimmed.startsWith("./")) {
            trimmed = trimmed.substring(2);
        }
        return path.equals(trimmed) || path.startsWith(trimmed + "/");
    }
}
