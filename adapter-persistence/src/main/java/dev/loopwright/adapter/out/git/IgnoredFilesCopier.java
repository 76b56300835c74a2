package dev.loopwright.adapter.out.git;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Copies what git ignores in a ticket's working copy (what its setup installed or built: {@code node_modules/},
 * {@code .venv/}, {@code target/}, a generated {@code .env}) into a new bead working copy, which git filled with
 * tracked files only, so the bead's commands work as they do in the ticket's. Untracked files that are not ignored
 * stay behind (a bead would commit them), and so does the ticket's metadata folder.
 *
 * <p>Copies once per bead working copy: a marker in the bead's own git folder is written only after everything is
 * copied, so a copy cut short by a crash is resumed by the next call, and later calls leave the bead's files alone.
 * Files are never overwritten, which keeps the bead's tracked files and whatever an earlier attempt copied. Links
 * are copied as links, never followed.
 */
final class IgnoredFilesCopier {
    /** In the bead's per-worktree git folder, so it goes when git removes or prunes the worktree. */
    static final String MARKER = "loopwright-ignored-files-copied";

    private IgnoredFilesCopier() {
    }

    static void copyOnce(Repository ticket, Repository bead) throws IOException {
        Path marker = bead.getDirectory().toPath().resolve(MARKER);
        // Written only after a complete copy: absent means new or cut short, and skipping existing files resumes it.
        if (Files.exists(marker)) {
            return;
        }
        Path from = ticket.getWorkTree().toPath().toRealPath();
        Path to = bead.getWorkTree().toPath().toRealPath();
        for (String path : ignoredPaths(ticket)) {
            copy(from, to, path);
        }
        Files.createFile(marker);
    }

    /** The ignored paths git reports for the working copy, an ignored folder as one path, in sorted order. */
    private static Set<String> ignoredPaths(Repository repository) throws IOException {
        Set<String> ignored;
        try {
            ignored = new HashSet<>(Git.wrap(repository).status().call().getIgnoredNotInIndex());
        } catch (GitAPIException e) {
            throw new IOException("Could not list the ignored files of " + repository.getWorkTree(), e);
        }
        ignored.removeIf(path -> WorkingCopyPaths.isTicketMetadata(path)
                || WorkingCopyPaths.isWithin(path, Constants.DOT_GIT));
        return new TreeSet<>(ignored);
    }

    private static void copy(Path from, Path to, String path) {
        Path source = from.resolve(path).normalize();
        Path target = to.resolve(path).normalize();
        try {
            if (!source.startsWith(from) || !target.startsWith(to) || !Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                return; // outside the working copy (git never reports such a path), or gone since the status
            }
            // A link among the folders above would lead the copy elsewhere: both sides must stay where they are.
            if (!source.getParent().toRealPath().startsWith(from) || !makeParents(to, target)) {
                return;
            }
            Files.walkFileTree(source, new TreeCopy(source, target));
        } catch (IOException e) {
            throw GitRepositories.failure("Could not copy the ignored " + path + " of " + from + " into " + to, e);
        }
    }

    /**
     * Creates the missing folders above {@code target}, one by one so none is made through a link; false when a link
     * or a file of the bead is in the way (it stays, like any existing file).
     */
    private static boolean makeParents(Path root, Path target) throws IOException {
        Path folder = root;
        for (Path name : root.relativize(target.getParent())) {
            folder = folder.resolve(name.toString());
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            } else if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** Copies one tree without following links and without touching anything already in the target. */
    private static final class TreeCopy extends SimpleFileVisitor<Path> {
        private final Path source;
        private final Path target;
        private final Set<Path> created = new HashSet<>();

        TreeCopy(Path source, Path target) {
            this.source = source;
            this.target = target;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            Path copy = targetOf(dir);
            if (Files.isSymbolicLink(copy) || Files.exists(copy) && !Files.isDirectory(copy)) {
                return FileVisitResult.SKIP_SUBTREE; // taken by something else in the bead: leave it
            }
            if (!Files.exists(copy)) {
                // Plain folder first, attributes at the end: a read-only folder could not be filled.
                Files.createDirectory(copy);
                created.add(copy);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Path copy = targetOf(file);
            if (attributes.isOther() || Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                return FileVisitResult.CONTINUE; // sockets and pipes are no files to copy; existing ones stay
            }
            try {
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            } catch (FileAlreadyExistsException e) {
                // Appeared meanwhile: it stays as it is, like any existing file.
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
            if (failure != null) {
                throw failure;
            }
            Path copy = targetOf(dir);
            if (created.remove(copy)) {
                PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (view != null) {
                    Files.setPosixFilePermissions(copy, view.readAttributes().permissions());
                }
                Files.setLastModifiedTime(copy, Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS));
            }
            return FileVisitResult.CONTINUE;
        }

        private Path targetOf(Path path) {
            return target.resolve(source.relativize(path).toString());
        }
    }
}
