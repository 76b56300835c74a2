package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.git.CommitResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Commits exactly the selected paths as they are on disk, like {@code git commit --only -- <paths>}: the new tree is
 * the head tree with only those paths replaced, and in the index only those paths are updated, so whatever else an
 * agent staged or changed stays uncommitted. Loopwright's own commits skip hooks and signing: hook validation is a
 * workflow step of its own, and a signing prompt would hang an unattended run.
 */
final class PathCommitter {
    private PathCommitter() {
    }

    static CommitResult commit(Repository repository, List<String> selection, String message) throws IOException {
        requireMessage(message);
        try (RevWalk revWalk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit head = GitRepositories.head(repository, revWalk);
            DirCache index = repository.lockDirCache();
            try {
                Selected selected = collect(repository, head, index, selection, inserter);
                DirCache commitTree = DirCache.newInCore();
                DirCacheBuilder builder = commitTree.builder();
                try (TreeWalk reader = new TreeWalk(repository)) {
                    builder.addTree(new byte[0], 0, reader.getObjectReader(), head.getTree());
                }
                builder.finish();
                DirCacheEditor treeEditor = commitTree.editor();
                selected.apply(treeEditor);
                treeEditor.finish();
                ObjectId tree = commitTree.writeTree(inserter);
                if (tree.equals(head.getTree())) {
                    return new CommitResult.NothingToCommit(GitRepositories.id(head));
                }
                ObjectId commit = insertCommit(repository, inserter, tree, List.of(head), message);
                moveHead(repository, head, commit, "commit: " + firstLine(message), false);
                DirCacheEditor indexEditor = index.editor();
                selected.apply(indexEditor);
                indexEditor.commit();
                return new CommitResult.Committed(GitRepositories.id(commit), selected.paths());
            } finally {
                index.unlock();
            }
        }
    }

    /** Writes a commit object with the repository's configured identity as author and committer. */
    static ObjectId insertCommit(Repository repository, ObjectInserter inserter, ObjectId tree, List<? extends ObjectId> parents,
            String message) throws IOException {
        requireMessage(message);
        PersonIdent identity = new PersonIdent(repository);
        return insertCommit(inserter, tree, parents, identity, identity, message.endsWith("\n") ? message : message + "\n");
    }

    /** Writes a commit object exactly as given: a replayed commit keeps its own people and message. */
    static ObjectId insertCommit(ObjectInserter inserter, ObjectId tree, List<? extends ObjectId> parents,
            PersonIdent author, PersonIdent committer, String message) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(parents.toArray(new ObjectId[0]));
        commit.setAuthor(author);
        commit.setCommitter(committer);
        commit.setMessage(message);
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    /** Moves the checked-out branch from {@code expected} to {@code target}; fails if someone moved it meanwhile. */
    static void moveHead(Repository repository, ObjectId expected, ObjectId target, String reflogMessage,
            boolean rewritesHistory) throws IOException {
        RefUpdate update = repository.updateRef(Constants.HEAD);
        update.setExpectedOldObjectId(expected);
        update.setNewObjectId(target);
        update.setRefLogMessage(reflogMessage, false);
        update.setForceUpdate(rewritesHistory);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NEW) {
            throw new GitWorkspaceException("Could not move " + repository.getFullBranch() + " to " + target.name()
                    + ": " + result + " (did something else change it meanwhile?)");
        }
    }

    static String firstLine(String message) {
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private static void requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new GitWorkspaceException("A commit needs a message");
        }
    }

    /** Finds what each selected path is now: a file to store (new or changed) or a path to drop (deleted). */
    private static Selected collect(Repository repository, RevCommit head, DirCache index, List<String> selection,
            ObjectInserter inserter) throws IOException {
        Selected selected = new Selected();
        Set<String> matched = new HashSet<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            int headTree = walk.addTree(new CanonicalTreeParser(null, walk.getObjectReader(), head.getTree()));
            int indexTree = walk.addTree(new DirCacheIterator(index));
            int files = walk.addTree(new FileTreeIterator(repository));
            walk.setRecursive(true);
            walk.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(selection),
                    new SkipIgnoredFolders(selection, headTree, indexTree, files)));
            while (walk.next()) {
                String path = walk.getPathString();
                DirCacheIterator indexEntry = walk.getTree(indexTree, DirCacheIterator.class);
                if (indexEntry != null && indexEntry.getDirCacheEntry() != null
                        && indexEntry.getDirCacheEntry().getStage() != DirCacheEntry.STAGE_0) {
                    throw new GitWorkspaceException("Cannot commit '" + path + "': it has an unresolved merge conflict");
                }
                WorkingTreeIterator file = walk.getTree(files, WorkingTreeIterator.class);
                boolean tracked = walk.getRawMode(headTree) != 0 || indexEntry != null;
                if (file != null) {
                    if (!tracked && !selection.contains(path) && file.isEntryIgnored()) {
                        continue; // an ignored file inside a selected folder, as git add leaves it
                    }
                    selected.store(stored(walk.getObjectReader(), file, indexEntry, inserter));
                } else if (tracked) {
                    selected.drop(path);
                } else {
                    continue;
                }
                selection.stream().filter(s -> WorkingCopyPaths.isWithin(path, s)).forEach(matched::add);
            }
        }
        List<String> unmatched = selection.stream().filter(s -> !matched.contains(s)).toList();
        if (!unmatched.isEmpty()) {
            throw new GitWorkspaceException("Nothing to commit matches " + unmatched
                    + ": no such file in the working copy, the index or the head commit (or only ignored files)");
        }
        return selected;
    }

    private static DirCacheEntry stored(ObjectReader reader,
            WorkingTreeIterator file, DirCacheIterator indexEntry, ObjectInserter inserter) throws IOException {
        DirCacheEntry entry = new DirCacheEntry(file.getEntryPathString());
        FileMode mode = file.getIndexFileMode(indexEntry);
        entry.setFileMode(mode);
        entry.setLength(file.getEntryLength());
        entry.setLastModified(file.getEntryLastModifiedInstant());
        if (indexEntry != null && !file.isModified(indexEntry.getDirCacheEntry(), true, reader)) {
            entry.setObjectId(indexEntry.getEntryObjectId());
        } else if (mode == FileMode.GITLINK) {
            entry.setObjectId(file.getEntryObjectId());
        } else {
            // The stream applies the clean filters and line-ending rules, as git add does.
            try (InputStream content = file.openEntryStream()) {
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getEntryContentLength(), content));
            }
        }
        return entry;
    }

    /** The selected paths' new entries and deletions, applied alike to the commit's tree and to the index. */
    private static final class Selected {
        private final List<DirCacheEntry> stores = new ArrayList<>();
        private final List<String> drops = new ArrayList<>();

        void store(DirCacheEntry entry) {
            stores.add(entry);
        }

        void drop(String path) {
            drops.add(path);
        }

        List<String> paths() {
            List<String> paths = new ArrayList<>(drops);
            stores.forEach(entry -> paths.add(entry.getPathString()));
            paths.sort(String::compareTo);
            return paths;
        }

        void apply(DirCacheEditor editor) {
            drops.forEach(path -> editor.add(new DeletePath(path)));
            for (DirCacheEntry stored : stores) {
                editor.add(new PathEdit(stored.getPathString()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(stored.getFileMode());
                        entry.setObjectId(stored.getObjectId());
                        entry.setLength(stored.getLength());
                        entry.setLastModified(stored.getLastModifiedInstant());
                    }
                });
            }
        }
    }

    /**
     * Does not descend into an ignored folder nobody tracks (think {@code node_modules}), unless a selected path
     * lies inside it.
     */
    private static final class SkipIgnoredFolders extends TreeFilter {
        private final List<String> selection;
        private final int headTree;
        private final int indexTree;
        private final int files;

        SkipIgnoredFolders(List<String> selection, int headTree, int indexTree, int files) {
            this.selection = selection;
            this.headTree = headTree;
            this.indexTree = indexTree;
            this.files = files;
        }

        @Override
        public boolean include(TreeWalk walk) throws IOException {
            if (!walk.isSubtree() || walk.getRawMode(headTree) != 0 || walk.getRawMode(indexTree) != 0) {
                return true;
            }
            WorkingTreeIterator folder = walk.getTree(files, WorkingTreeIterator.class);
            if (folder == null || !folder.isEntryIgnored()) {
                return true;
            }
            String path = walk.getPathString();
            return selection.stream().anyMatch(selected -> selected.startsWith(path + "/") || selected.equals(path));
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
}
