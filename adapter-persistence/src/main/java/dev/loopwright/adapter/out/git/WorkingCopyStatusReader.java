package dev.loopwright.adapter.out.git;

import dev.loopwright.application.port.out.git.ChangeKind;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads a working copy's status the way {@code git status --porcelain --untracked-files=all} prints it: one
 * staged and one unstaged column per path. JGit's own status has no renames, so the staged column is computed
 * from a head-to-index diff with git's default rename detection (50 % similarity).
 */
final class WorkingCopyStatusReader {
    /** git's default {@code diff.renames} similarity threshold; JGit's default is 60. */
    static final int GIT_RENAME_SCORE = 50;

    private WorkingCopyStatusReader() {
    }

    static WorkingCopyStatus read(Repository repository) throws IOException {
        IndexDiff indexDiff = new IndexDiff(repository, Constants.HEAD, new FileTreeIterator(repository));
        indexDiff.diff();
        Set<String> conflicting = indexDiff.getConflicting();

        Map<String, Columns> byPath = new TreeMap<>();
        for (DiffEntry entry : headToIndex(repository)) {
            String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
            if (conflicting.contains(path)) {
                continue;
            }
            Columns columns = byPath.computeIfAbsent(path, p -> new Columns());
            switch (entry.getChangeType()) {
                case ADD:
                case COPY:
                    columns.staged = ChangeKind.ADDED;
                    break;
                case MODIFY:
                    columns.staged = ChangeKind.MODIFIED;
                    break;
                case DELETE:
                    columns.staged = ChangeKind.DELETED;
                    break;
                case RENAME:
                    columns.staged = ChangeKind.RENAMED;
                    columns.originalPath = entry.getOldPath();
                    break;
                default:
                    throw new IllegalStateException("unknown change type " + entry.getChangeType());
            }
        }
        indexDiff.getModified().forEach(path -> byPath.computeIfAbsent(path, p -> new Columns()).unstaged =
                ChangeKind.MODIFIED);
        indexDiff.getMissing().forEach(path -> byPath.computeIfAbsent(path, p -> new Columns()).unstaged =
                ChangeKind.DELETED);
        conflicting.forEach(path -> byPath.put(path, Columns.conflicted()));

        List<FileChange> changes = new ArrayList<>();
        byPath.forEach((path, columns) -> changes.add(columns.toChange(path)));
        indexDiff.getUntracked().forEach(path -> changes.add(FileChange.untracked(path)));
        changes.removeIf(change -> WorkingCopyPaths.isTicketMetadata(change.path()));
        changes.sort((a, b) -> a.path().compareTo(b.path()));
        return new WorkingCopyStatus(changes);
    }

    private static List<DiffEntry> headToIndex(Repository repository) throws IOException {
        ObjectId headTree = repository.resolve(Constants.HEAD + "^{tree}");
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(headTree == null ? new EmptyTreeIterator()
                    : new CanonicalTreeParser(null, walk.getObjectReader(), headTree));
            walk.addTree(new DirCacheIterator(repository.readDirCache()));
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            RenameDetector renames = new RenameDetector(repository);
            renames.setRenameScore(GIT_RENAME_SCORE);
            renames.addAll(DiffEntry.scan(walk));
            return renames.compute();
        }
    }

    /** The two porcelain columns of one path while they are being collected. */
    private static final class Columns {
        ChangeKind staged = ChangeKind.UNCHANGED;
        ChangeKind unstaged = ChangeKind.UNCHANGED;
        String originalPath;

        static Columns conflicted() {
            Columns columns = new Columns();
            columns.staged = ChangeKind.CONFLICTED;
            columns.unstaged = ChangeKind.CONFLICTED;
            return columns;
        }

        FileChange toChange(String path) {
            return new FileChange(path, Optional.ofNullable(originalPath), staged, unstaged);
        }
    }
}
