package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.ReplayResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Replays a bead branch's commits onto the ticket branch, like {@code git cherry-pick since..bead}, but every commit
 * is merged and written in memory first: a conflict in any of them leaves the ticket branch, index and files as they
 * were, and only a complete replay moves the branch (once) and updates the ticket's checkout.
 */
final class BeadReplayer {
    private BeadReplayer() {
    }

    /** {@code ticket} is the ticket's working copy, on {@code ticketBranch}. */
    static ReplayResult replay(Repository ticket, String ticketBranch, String beadBranch, CommitId since)
            throws IOException {
        try (RevWalk walk = new RevWalk(ticket); ObjectInserter inserter = ticket.newObjectInserter()) {
            RevCommit head = GitRepositories.head(ticket, walk);
            List<RevCommit> commits = commitsSince(walk, GitRepositories.branchTip(ticket, walk, beadBranch),
                    GitRepositories.commit(walk, since), beadBranch);
            RevCommit tip = head;
            int replayed = 0;
            for (RevCommit commit : commits) {
                ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(ticket, true);
                merger.setBase(commit.getParent(0));
                if (!merger.merge(tip, commit)) {
                    return new ReplayResult.Conflicted(BaseBranchMerger.conflictedPaths(merger));
                }
                if (merger.getResultTreeId().equals(tip.getTree())) {
                    continue; // the ticket branch has these changes already: replayed before a crash, or empty
                }
                // The committer keeps their name but the time is now, as git cherry-pick gives a new commit time.
                PersonIdent committer = new PersonIdent(commit.getCommitterIdent(), Instant.now());
                ObjectId copy = PathCommitter.insertCommit(inserter, merger.getResultTreeId(), List.of(tip),
                        commit.getAuthorIdent(), committer, commit.getFullMessage());
                tip = walk.parseCommit(copy);
                replayed++;
            }
            if (replayed == 0) {
                return new ReplayResult.NothingToReplay(GitRepositories.id(head));
            }
            Path checkout = ticket.getWorkTree().toPath();
            List<String> blocked = CheckedOutBranchMover.updateCheckout(checkout, head, tip.getTree());
            if (!blocked.isEmpty()) {
                throw new GitWorkspaceException("Cannot replay " + beadBranch + " onto " + ticketBranch + ": uncommitted "
                        + "changes in " + checkout + " would be overwritten: " + blocked);
            }
            CheckedOutBranchMover.moveBranch(ticket, ticketBranch, head, tip,
                    "replay: " + replayed + " commit(s) from " + beadBranch, Optional.of(checkout), tip.getTree());
            return new ReplayResult.Replayed(GitRepositories.id(tip), replayed);
        }
    }

    /** The bead's first-parent line after {@code since}, oldest first; {@code since} must lie on it. */
    private static List<RevCommit> commitsSince(RevWalk walk, RevCommit beadTip, RevCommit since, String beadBranch)
            throws IOException {
        if (!BaseBranchMerger.isAncestor(walk, since, beadTip)) {
            throw new GitWorkspaceException("Commit " + since.name() + " is not in the history of " + beadBranch);
        }
        List<RevCommit> commits = new ArrayList<>();
        for (RevCommit commit = beadTip; !commit.equals(since); commit = walk.parseCommit(commit.getParent(0))) {
            if (commit.getParentCount() == 0) {
                // Reachable only through a merged-in side branch: there is no straight line of commits to replay.
                throw new GitWorkspaceException("Commit " + since.name() + " is not on the first-parent line of "
                        + beadBranch);
            }
            commits.add(commit);
        }
        Collections.reverse(commits);
        return commits;
    }
}
