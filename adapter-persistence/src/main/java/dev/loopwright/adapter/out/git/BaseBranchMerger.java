package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Merges a ticket branch into its base branch in memory first, so a conflict is found before anything is written:
 * no conflict markers, no half-merged checkout. Only a clean result moves the base branch; where the base branch
 * is checked out, the files are brought along with a two-way checkout that refuses to overwrite local changes,
 * which is what {@code git merge} does in that checkout.
 */
final class BaseBranchMerger {
    private final LinkedWorktrees worktrees;

    BaseBranchMerger(LinkedWorktrees worktrees) {
        this.worktrees = worktrees;
    }

    MergeResult merge(Repository main, String branch, String baseBranch, String message, MergeMode mode)
            throws IOException {
        try (RevWalk walk = new RevWalk(main); ObjectInserter inserter = main.newObjectInserter()) {
            RevCommit baseTip = GitRepositories.branchTip(main, walk, baseBranch);
            RevCommit ticketTip = GitRepositories.branchTip(main, walk, branch);
            if (isAncestor(walk, ticketTip, baseTip)) {
                return new MergeResult.AlreadyMerged(GitRepositories.id(baseTip));
            }
            boolean fastForward = isAncestor(walk, baseTip, ticketTip) && mode == MergeMode.FAST_FORWARD_WHEN_POSSIBLE;
            ObjectId newHead;
            ObjectId newTree;
            if (fastForward) {
                newHead = ticketTip;
                newTree = ticketTip.getTree();
            } else {
                ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(main, true);
                if (!merger.merge(baseTip, ticketTip)) {
                    TreeSet<String> paths = new TreeSet<>(merger.getUnmergedPaths());
                    if (merger.getFailingPaths() != null) {
                        paths.addAll(merger.getFailingPaths().keySet());
                    }
                    return new MergeResult.Conflicted(List.copyOf(paths));
                }
                newTree = merger.getResultTreeId();
                newHead = PathCommitter.insertCommit(main, inserter, newTree, List.of(baseTip, ticketTip), message);
            }
            Optional<Path> checkout = worktrees.checkoutOf(main, baseBranch);
            if (checkout.isPresent()) {
                Optional<MergeResult> blocked = updateCheckout(checkout.get(), baseTip, newTree);
                if (blocked.isPresent()) {
                    return blocked.get();
                }
            }
            moveBranch(main, baseBranch, baseTip, newHead, fastForward ? "merge " + branch + ": Fast-forward"
                    : "merge " + branch + ": Merge made by Loopwright", checkout, newTree);
            return new MergeResult.Merged(GitRepositories.id(newHead), fastForward);
        }
    }

    private static boolean isAncestor(RevWalk walk, RevCommit ancestor, RevCommit descendant) throws IOException {
        walk.reset();
        return walk.isMergedInto(ancestor, descendant);
    }

    /** Brings the checkout's index and files from the old base tree to the new one, or says what is in the way. */
    private static Optional<MergeResult> updateCheckout(Path checkout, RevCommit baseTip, ObjectId newTree)
            throws IOException {
        try (Repository repository = LinkedWorktrees.open(checkout)) {
            if (repository.getRepositoryState() != RepositoryState.SAFE) {
                throw new GitWorkspaceException("The checkout " + checkout + " of the base branch is in the middle of "
                        + repository.getRepositoryState().getDescription() + "; finish that before merging");
            }
            DirCacheCheckout update = new DirCacheCheckout(repository, baseTip.getTree(), repository.lockDirCache(),
                    newTree);
            update.setFailOnConflict(true);
            try {
                update.checkout();
            } catch (CheckoutConflictException e) {
                return Optional.of(new MergeResult.BlockedByLocalChanges(checkout,
                        List.copyOf(new TreeSet<>(update.getConflicts()))));
            }
            return Optional.empty();
        }
    }

    private static void moveBranch(Repository main, String baseBranch, RevCommit expected, ObjectId target,
            String reflogMessage, Optional<Path> checkout, ObjectId newTree) throws IOException {
        RefUpdate update = main.updateRef(Constants.R_HEADS + baseBranch);
        update.setExpectedOldObjectId(expected);
        update.setNewObjectId(target);
        update.setRefLogMessage(reflogMessage, false);
        RefUpdate.Result result = update.update();
        if (result == RefUpdate.Result.FAST_FORWARD) {
            return;
        }
        if (checkout.isPresent()) {
            // Best effort: put the checkout's files back where its branch still points.
            try (Repository repository = LinkedWorktrees.open(checkout.get())) {
                new DirCacheCheckout(repository, newTree, repository.lockDirCache(), expected.getTree()).checkout();
            } catch (IOException ignored) {
                // The error below says what happened; the user's checkout then shows the merged files as changes.
            }
        }
        throw new GitWorkspaceException("Could not move branch '" + baseBranch + "' to the merge result: " + result
                + " (did something else change it meanwhile?)");
    }
}
