package dev.loopwright.adapter.out.git;

import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Merges a ticket branch into its base branch in memory first, so a conflict is found before anything is written:
 * no conflict markers, no half-merged checkout. Only a clean result moves the base branch; where the base branch
 * is checked out, the files are brought along as {@code git merge} does there (see {@link CheckedOutBranchMover}).
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
                    return new MergeResult.Conflicted(conflictedPaths(merger));
                }
                newTree = merger.getResultTreeId();
                newHead = PathCommitter.insertCommit(main, inserter, newTree, List.of(baseTip, ticketTip), message);
            }
            Optional<Path> checkout = worktrees.checkoutOf(main, baseBranch);
            if (checkout.isPresent()) {
                List<String> blocked = CheckedOutBranchMover.updateCheckout(checkout.get(), baseTip, newTree);
                if (!blocked.isEmpty()) {
                    return new MergeResult.BlockedByLocalChanges(checkout.get(), blocked);
                }
            }
            String reflogMessage = fastForward ? "merge " + branch + ": Fast-forward"
                    : "merge " + branch + ": Merge made by Loopwright";
            CheckedOutBranchMover.moveBranch(main, baseBranch, baseTip, newHead, reflogMessage, checkout, newTree);
            return new MergeResult.Merged(GitRepositories.id(newHead), fastForward);
        }
    }

    static boolean isAncestor(RevWalk walk, RevCommit ancestor, RevCommit descendant) throws IOException {
        walk.reset();
        return walk.isMergedInto(ancestor, descendant);
    }

    /** Every path the in-core merge could not merge, sorted. */
    static List<String> conflictedPaths(ResolveMerger merger) {
        TreeSet<String> paths = new TreeSet<>(merger.getUnmergedPaths());
        if (merger.getFailingPaths() != null) {
            paths.addAll(merger.getFailingPaths().keySet());
        }
        return List.copyOf(paths);
    }
}
