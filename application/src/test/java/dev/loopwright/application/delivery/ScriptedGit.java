package dev.loopwright.application.delivery;

import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.PushStatus;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A git stand-in with just enough history for delivery: a ticket branch {@code commitsSinceBase} commits ahead of
 * its fork point, a squash that behaves like the real one, and scripted merge and push outcomes. Working copies are
 * plain folders, as in the {@link FolderGitWorkspace} it extends.
 */
final class ScriptedGit extends FolderGitWorkspace {
    private int nextCommit = 100;

    final CommitId forkPoint = commit(1);
    CommitId head = commit(2);
    int commitsSinceBase = 2;
    String diff = "";
    MergeResult mergeResult;
    PushResult pushResult;
    WorkingCopyStatus status = new WorkingCopyStatus(List.of());
    final List<String> squashMessages = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    final List<String> pushes = new ArrayList<>();

    static CommitId commit(int number) {
        return new CommitId(String.format("%040x", number));
    }

    @Override
    public WorkingCopyStatus status(TicketWorkspace workspace) {
        return status;
    }

    @Override
    public CommitId headCommit(TicketWorkspace workspace) {
        return head;
    }

    @Override
    public String diffWorkingCopy(TicketWorkspace workspace, CommitId base) {
        return diff;
    }

    @Override
    public String diffCommits(TicketWorkspace workspace, CommitId from, CommitId to) {
        return diff;
    }

    @Override
    public CommitResult commitPaths(TicketWorkspace workspace, List<String> paths, String message) {
        throw new UnsupportedOperationException("delivery commits nothing path by path");
    }

    @Override
    public void resetAndClean(TicketWorkspace workspace, CommitId target) {
        throw new UnsupportedOperationException("delivery never resets");
    }

    @Override
    public SquashResult squashSinceBase(TicketWorkspace workspace, String message) {
        squashMessages.add(message);
        if (commitsSinceBase == 0) {
            return new SquashResult.NothingToSquash(head);
        }
        CommitId previous = head;
        int squashed = commitsSinceBase;
        head = commit(nextCommit++);
        commitsSinceBase = 1;
        return new SquashResult.Squashed(head, forkPoint, previous, squashed);
    }

    @Override
    public MergeResult mergeIntoBase(TicketWorkspace workspace, String message, MergeMode mode) {
        merges.add(message);
        return mergeResult == null ? new MergeResult.Merged(head, true) : mergeResult;
    }

    @Override
    public PushResult push(Path repositoryRoot, String remote, String branch, PushMode mode) {
        pushes.add(remote + " " + branch + " " + mode);
        return pushResult == null ? new PushResult(remote, branch, PushStatus.PUSHED, "pushed") : pushResult;
    }
}
