package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;

/**
 * Turns the paths a caller names into repository paths of one working copy, refusing anything that is not a file
 * or folder of the project in that working copy: paths leaving it, git's own folder, the ticket's metadata folder
 * and paths reached through a symbolic link.
 */
final class WorkingCopyPaths {
    private WorkingCopyPaths() {
    }

    /** Repository paths ({@code /}-separated, relative, no duplicates) in the order given. */
    static List<String> resolve(Path workingCopy, List<String> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new GitWorkspaceException("Name at least one path to commit");
        }
        Path root = workingCopy.toAbsolutePath().normalize();
        Set<String> resolved = new LinkedHashSet<>();
        for (String path : paths) {
            resolved.add(resolveOne(root, path));
        }
        return List.copyOf(resolved);
    }

    /** Whether {@code path} is {@code selected} or lies inside it. */
    static boolean isWithin(String path, String selected) {
        return path.equals(selected) || path.startsWith(selected + "/");
    }

    static boolean isTicketMetadata(String path) {
        return isWithin(path, GitWorkspace.TICKET_METADATA_FOLDER);
    }

    private static String resolveOne(Path root, String path) {
        if (path == null || path.isBlank()) {
            throw refused(path, "it is empty");
        }
        Path candidate;
        try {
            candidate = Path.of(path);
        } catch (InvalidPathException e) {
            throw refused(path, "it is not a valid path");
        }
        Path absolute = (candidate.isAbsolute() ? candidate : root.resolve(candidate)).normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            throw refused(path, absolute.equals(root) ? "it names the whole working copy" : "it is outside the "
                    + "working copy");
        }
        Path relative = root.relativize(absolute);
        List<String> segments = new ArrayList<>();
        relative.forEach(segment -> segments.add(segment.toString()));
        if (segments.contains(Constants.DOT_GIT)) {
            throw refused(path, "it is inside git's own files");
        }
        String repositoryPath = String.join("/", segments);
        if (isTicketMetadata(repositoryPath)) {
            throw refused(path, "the ticket's metadata folder is never committed");
        }
        Path parent = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            parent = parent.resolve(segments.get(i));
            if (Files.isSymbolicLink(parent)) {
                throw refused(path, "it goes through the symbolic link " + root.relativize(parent));
            }
        }
        return repositoryPath;
    }

    private static GitWorkspaceException refused(String path, String reason) {
        return new GitWorkspaceException("Refused path '" + path + "': " + reason);
    }
}
