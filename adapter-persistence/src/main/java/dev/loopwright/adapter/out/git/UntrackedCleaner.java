package dev.loopwright.adapter.out.git;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

/**
 * {@code git clean -fd} without {@code -x}: deletes untracked files and the folders they leave empty, keeps ignored
 * files (dependency caches, build output), nested repositories and the ticket's metadata folder.
 */
final class UntrackedCleaner {
    private UntrackedCleaner() {
    }

    /** Returns the repository paths it deleted. */
    static List<String> clean(Repository repository) throws IOException {
        Path root = repository.getWorkTree().toPath();
        List<String> deleted = new ArrayList<>();
        List<Path> untrackedFolders = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            int files = walk.addTree(new FileTreeIterator(repository));
            int index = walk.addTree(new DirCacheIterator(repository.readDirCache()));
            walk.setRecursive(false);
            while (walk.next()) {
                String path = walk.getPathString();
                WorkingTreeIterator file = walk.getTree(files, WorkingTreeIterator.class);
                if (file == null || WorkingCopyPaths.isTicketMetadata(path)) {
                    continue;
                }
                boolean tracked = walk.getRawMode(index) != 0;
                if (walk.isSubtree()) {
                    if (tracked || !file.isEntryIgnored()) {
                        if (!tracked) {
                            untrackedFolders.add(root.resolve(path));
                        }
                        walk.enterSubtree();
                    }
                } else if (!tracked && !file.isEntryIgnored() && file.getEntryFileMode() != FileMode.GITLINK) {
                    Files.delete(root.resolve(path));
                    deleted.add(path);
                }
            }
        }
        // Deepest first, so a folder whose sub-folders were emptied goes too; one with ignored files stays.
        for (int i = untrackedFolders.size() - 1; i >= 0; i--) {
            Path folder = untrackedFolders.get(i);
            if (isEmpty(folder)) {
                Files.delete(folder);
                deleted.add(root.relativize(folder).toString().replace('\\', '/') + "/");
            }
        }
        return deleted;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
