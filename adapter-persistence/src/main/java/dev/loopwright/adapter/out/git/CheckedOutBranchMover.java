package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Moves a branch forward to commits written in memory and brings the checkout that has it checked out along, the
 * way {@code git merge} or {@code git cherry-pick} do there: first the index and files, with a two-way checkout that
 * refuses to overwrite local changes, then the branch, only if nothing else moved it meanwhile.
 */
final class CheckedOutBranchMover {
    private CheckedOutBranchMover() {
    }

    /**
     * Brings the checkout's index and files from {@code from}'s tree to {@code newTree}; returns the paths whose local
     * changes are in the way (then nothing was written), or nothing when the checkout was updated.
     */
    static List<String> updateCheckout(Path checkout, RevCommit from, ObjectId newTree) throws IOException {
        try (Repository repository = LinkedWorktrees.open(checkout)) {
            if (repository.getRepositoryState() != RepositoryState.SAFE) {
                throw new GitWorkspaceException("The checkout " + checkout + " is in the middle of "
                        + repository.getRepositoryState().getDescription() + "; finish that first");
            }
            DirCacheCheckout update = new DirCacheCheckout(repository, from.getTree(), repository.lockDirCache(),
                    newTree);
            update.setFailOnConflict(true);
            try {
                update.checkout();
            } catch (CheckoutConflictException e) {
                return List.copyOf(new TreeSet<>(update.getConflicts()));
            }
            return List.of();
        }
    }

    /**
     * Fast-forwards {@code branch} from {@code expected} to {@code target}. When that fails (something else moved the
     * branch), puts the files of {@code checkout}, already updated to {@code newTree}, back to {@code expected} and
     * fails loudly rather than lose a commit.
     */
    static void moveBranch(Repository repository, String branch, RevCommit expected, ObjectId target,
            String reflogMessage, Optional<Path> checkout, ObjectId newTree) throws IOException {
        RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
        update.setExpectedOldObjectId(expected);
        update.setNewObjectId(target);
        update.setRefLogMessage(reflogMessage, false);
        RefUpdate.Result result = update.update();
        if (result == RefUpdate.Result.FAST_FORWARD) {
            return;
        }
        if (checkout.isPresent()) {
            // Best effort: put the checkout's files back where its branch still points.
            try (Repository checkedOut = LinkedWorktrees.open(checkout.get())) {
                new DirCacheCheckout(checkedOut, newTree, checkedOut.lockDirCache(), expected.getTree()).checkout();
            } catch (IOException ignored) {
                // The error below says what happened; the checkout then shows the new files as changes.
            }
        }
        throw new GitWorkspaceException("Could not move branch '" + branch + "' to " + target.name() + ": " + result
                + " (did something else change it meanwhile?)");
    }
}
