package dev.loopwright.adapter.out.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Unified diffs in git's format (so {@code git apply} takes them), never showing the ticket's metadata folder. */
final class UnifiedDiffs {
    private UnifiedDiffs() {
    }

    static String between(Repository repository, RevCommit from, RevCommit to) throws IOException {
        try (TreeWalk reader = new TreeWalk(repository)) {
            return format(repository, tree(reader, from), tree(reader, to), NotTicketMetadata.INSTANCE);
        }
    }

    /** From {@code base} to the files on disk: tracked files as they are, plus untracked files that are not ignored. */
    static String toWorkingCopy(Repository repository, RevCommit base) throws IOException {
        DirCache index = repository.readDirCache();
        try (TreeWalk reader = new TreeWalk(repository)) {
            return format(repository, tree(reader, base), new FileTreeIterator(repository),
                    new VisibleWorkingCopyFiles(index));
        }
    }

    private static String format(Repository repository, AbstractTreeIterator a, AbstractTreeIterator b, TreeFilter filter)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setRepository(repository);
            formatter.setDetectRenames(true);
            formatter.getRenameDetector().setRenameScore(WorkingCopyStatusReader.GIT_RENAME_SCORE);
            formatter.setPathFilter(filter);
            formatter.format(formatter.scan(a, b));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AbstractTreeIterator tree(TreeWalk reader, RevCommit commit) throws IOException {
        return new CanonicalTreeParser(null, reader.getObjectReader(), commit.getTree());
    }

    /** Drops the ticket's metadata folder. */
    private static class NotTicketMetadata extends TreeFilter {
        static final NotTicketMetadata INSTANCE = new NotTicketMetadata();

        @Override
        public boolean include(TreeWalk walk) throws IOException {
            return !WorkingCopyPaths.isTicketMetadata(walk.getPathString());
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }

    /**
     * What {@code git status} would show of the files on disk: everything tracked in the base commit (tree 0) or
     * the index, and untracked files that are not ignored. Without it every file under {@code node_modules} would
     * appear as new.
     */
    private static final class VisibleWorkingCopyFiles extends NotTicketMetadata {
        private final DirCache index;

        VisibleWorkingCopyFiles(DirCache index) {
            this.index = index;
        }

        @Override
        public boolean include(TreeWalk walk) throws IOException {
            if (!super.include(walk)) {
                return false;
            }
            WorkingTreeIterator files = walk.getTree(1, WorkingTreeIterator.class);
            if (files == null || walk.getRawMode(0) != 0) {
                return true;
            }
            return isTracked(walk.getPathString(), walk.isSubtree()) || !files.isEntryIgnored();
        }

        private boolean isTracked(String path, boolean folder) {
            if (!folder) {
                return index.findEntry(path) >= 0;
            }
            int position = index.findEntry(path + "/");
            int next = position >= 0 ? position : -(position + 1);
            if (next >= index.getEntryCount()) {
                return false;
            }
            DirCacheEntry entry = index.getEntry(next);
            return entry.getPathString().startsWith(path + "/");
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }
}
