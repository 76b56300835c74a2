package dev.loopwright.application.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The git hooks a repository has, found on disk rather than taken from the planner: active hooks in the
 * repository's {@code .git/hooks} (samples excluded) and the configuration files of the common hook managers in
 * the ticket's working copy. The plan's {@code detected} list is replaced with this, so the person approves what
 * is really there.
 */
final class GitHookDiscovery {
    private static final List<String> MANAGER_FILES = List.of(".pre-commit-config.yaml", "lefthook.yml",
            "lefthook.yaml", ".lefthook.yml", ".huskyrc", ".huskyrc.json");
    private static final List<String> HOOK_FOLDERS = List.of(".husky", ".githooks");

    private GitHookDiscovery() {
    }

    /** Sorted, project-relative paths (or {@code .git/hooks/<name>}) of every hook found. */
    static List<String> discover(Path repositoryRoot, Path workingCopy) {
        TreeSet<String> found = new TreeSet<>();
        for (Path hook : children(repositoryRoot.resolve(".git").resolve("hooks"))) {
            String name = hook.getFileName().toString();
            if (!name.endsWith(".sample") && Files.isRegularFile(hook, LinkOption.NOFOLLOW_LINKS)) {
                found.add(".git/hooks/" + name);
            }
        }
        for (String file : MANAGER_FILES) {
            if (Files.isRegularFile(workingCopy.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                found.add(file);
            }
        }
        for (String folder : HOOK_FOLDERS) {
            for (Path hook : children(workingCopy.resolve(folder))) {
                String name = hook.getFileName().toString();
                if (!name.startsWith("_") && !name.startsWith(".")
                        && Files.isRegularFile(hook, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(folder + "/" + name);
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return new ArrayList<>(entries.toList());
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
