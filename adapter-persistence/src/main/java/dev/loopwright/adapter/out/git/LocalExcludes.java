package dev.loopwright.adapter.out.git;

import dev.loopwright.application.port.out.GitWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;

/**
 * Keeps Loopwright's folders out of git's sight through the repository's local exclude file
 * ({@code .git/info/exclude}), which every checkout of the repository reads and which is never committed, so the
 * user's {@code .gitignore} stays theirs.
 */
final class LocalExcludes {
    /** Where ticket working copies live, in the user's checkout; and the ticket folder, in each working copy. */
    static final List<String> PATTERNS = List.of("/" + JGitWorkspace.LOOPWRIGHT_FOLDER + "/",
            "/" + GitWorkspace.TICKET_METADATA_FOLDER + "/");

    private LocalExcludes() {
    }

    /** Appends whichever of {@link #PATTERNS} is missing; running it again changes nothing. */
    static void ensure(Repository repository) throws IOException {
        Path exclude = repository.getCommonDirectory().toPath().resolve("info").resolve("exclude");
        String existing = Files.exists(exclude) ? Files.readString(exclude, StandardCharsets.UTF_8) : "";
        List<String> lines = existing.lines().map(String::strip).collect(Collectors.toList());
        List<String> missing = PATTERNS.stream().filter(pattern -> !lines.contains(pattern)).toList();
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder addition = new StringBuilder();
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            addition.append('\n');
        }
        addition.append("# Loopwright: ticket working copies and ticket metadata\n");
        missing.forEach(pattern -> addition.append(pattern).append('\n'));
        Files.createDirectories(exclude.getParent());
        Files.writeString(exclude, addition, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
