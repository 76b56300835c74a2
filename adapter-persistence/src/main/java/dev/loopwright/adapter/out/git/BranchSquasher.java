package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.git.SquashResult;
import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Squashes a ticket branch by writing one commit whose tree is the branch's current tree and whose parent is where
 * the branch forked from its base. Index and files already match that tree, so neither is touched (no reset needed).
 */
final class BranchSquasher {
    private BranchSquasher() {
    }

    static SquashResult squash(Repository repository, String baseBranch, String message) throws IOException {
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit head = GitRepositories.head(repository, walk);
            RevCommit baseTip = GitRepositories.branchTip(repository, walk, baseBranch);
            RevCommit forkPoint = mergeBase(walk, head, baseTip);
            int commits = countSince(walk, head, forkPoint);
            if (commits == 0 || head.getTree().equals(forkPoint.getTree())) {
                return new SquashResult.NothingToSquash(GitRepositories.id(head));
            }
            ObjectId squashed = PathCommitter.insertCommit(repository, inserter, head.getTree(), List.of(forkPoint),
                    message);
            PathCommitter.moveHead(repository, head, squashed,
                    "squash: " + commits + " commit(s) since " + baseBranch + " into one", true);
            return new SquashResult.Squashed(GitRepositories.id(squashed), GitRepositories.id(forkPoint),
                    GitRepositories.id(head), commits);
        }
    }

    static RevCommit mergeBase(RevWalk walk, RevCommit a, RevCommit b) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(a);
        walk.markStart(b);
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        if (base == null) {
            throw new GitWorkspaceException("The ticket branch shares no history with its base branch");
        }
        return walk.parseCommit(base);
    }

    private static int countSince(RevWalk walk, RevCommit head, RevCommit forkPoint) throws IOException {
        walk.reset();
        walk.markStart(head);
        walk.markUninteresting(forkPoint);
        int count = 0;
        while (walk.next() != null) {
            count++;
        }
        walk.reset();
        return count;
    }
}
