package dev.loopwright.application.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a model's list of relevant files against the working copy. The list is untrusted: entries that
 * leave the repository, name files that do not exist (unless they are to be created) or repeat a path are
 * dropped with a warning; unknown relevance or action words fall back to medium and read.
 */
final class RelevantFilesReader {
    static final int MAX_FILES = 30;

    private final Path root;

    RelevantFilesReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The valid files with a warning per dropped or corrected entry; empty files means the list is unusable. */
    ScanResult read(JsonNode document) {
        List<RelevantFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode entry : document.path("files")) {
            Optional<String> path = checkedPath(entry.path("path").asText(""), entry.path("likely_action"), warnings);
            if (path.isEmpty()) {
                continue;
            }
            if (!seen.add(path.get())) {
                warnings.add("dropped a repeated entry for " + path.get());
                continue;
            }
            if (files.size() == MAX_FILES) {
                warnings.add("kept the first " + MAX_FILES + " files only");
                break;
            }
            files.add(new RelevantFile(path.get(), entry.path("rationale").asText("").strip(),
                    word(entry.path("relevance"), RelevantFile.Relevance.class, RelevantFile.Relevance.MEDIUM, warnings),
                    action(entry.path("likely_action"), warnings)));
        }
        return new ScanResult(files, warnings);
    }

    private Optional<String> checkedPath(String raw, JsonNode action, List<String> warnings) {
        String cleaned = raw.strip().replace('\\', '/');
        if (cleaned.isEmpty()) {
            warnings.add("dropped an entry without a path");
            return Optional.empty();
        }
        Path resolved;
        try {
            resolved = root.resolve(cleaned).normalize();
        } catch (InvalidPathException e) {
            warnings.add("dropped an unreadable path");
            return Optional.empty();
        }
        if (Path.of(cleaned).isAbsolute() || !resolved.startsWith(root) || resolved.equals(root)) {
            warnings.add("dropped a path outside the repository: " + shorten(cleaned));
            return Optional.empty();
        }
        String relative = root.relativize(resolved).toString().replace('\\', '/');
        if (relative.startsWith(".git/") || relative.startsWith(".loopwright/")) {
            warnings.add("dropped a path inside git's or Loopwright's own folders: " + relative);
            return Optional.empty();
        }
        boolean toCreate = action(action, new ArrayList<>()) == RelevantFile.Action.CREATE;
        if (!toCreate && !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            warnings.add("dropped " + relative + ": no such file in the repository");
            return Optional.empty();
        }
        return Optional.of(relative);
    }

    private static RelevantFile.Action action(JsonNode value, List<String> warnings) {
        return word(value, RelevantFile.Action.class, RelevantFile.Action.READ, warnings);
    }

    private static <E extends Enum<E>> E word(JsonNode value, Class<E> type, E fallback, List<String> warnings) {
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.asText().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            warnings.add("read '" + shorten(value.asText()) + "' as " + fallback.name().toLowerCase(Locale.ROOT));
            return fallback;
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** The files kept and what was done to the list on the way. */
    record ScanResult(List<RelevantFile> files, List<String> warnings) {
        ScanResult {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }
}
