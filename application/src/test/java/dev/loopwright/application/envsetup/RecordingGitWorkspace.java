package dev.loopwright.application.envsetup;

import dev.loopwright.application.port.out.git.ReplayResult;
import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link FolderGitWorkspace} with just enough history for setup: a head commit that can be moved, changes a test
 * leaves "in the working copy" (reported by status until a reset), and every reset recorded.
 */
final class RecordingGitWorkspace implements GitWorkspace {
    static final CommitId START = new CommitId("a".repeat(40));

    private final FolderGitWorkspace folders = new FolderGitWorkspace();
    private final List<CommitId> resets = new ArrayList<>();
    private List<FileChange> changes = List.of();
    private CommitId head = START;

    /** What status reports until the next reset, e.g. what an agent "left". */
    synchronized void leave(FileChange... left) {
        changes = List.of(left);
    }

    synchronized void moveHead(CommitId commit) {
        head = commit;
    }

    synchronized List<CommitId> resets() {
        return List.copyOf(resets);
    }

    @Override
    public TicketWorkspace prepareBeadWorkspace(TicketWorkspace ticket, String name, CommitId start) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ReplayResult replayOnto(TicketWorkspace ticket, TicketWorkspace bead, CommitId since) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Path> repositoryRoot(Path folder) {
        return folders.repositoryRoot(folder);
    }

    @Override
    public TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch) {
        return folders.prepareTicketWorkspace(repositoryRoot, branch);
    }

    @Override
    public Optional<TicketWorkspace> findTicketWorkspace(Path repositoryRoot, String branch) {
        return folders.findTicketWorkspace(repositoryRoot, branch);
    }

    @Override
    public Path workingCopyOf(Path repositoryRoot, String branch) {
        return folders.workingCopyOf(repositoryRoot, branch);
    }

    @Override
    public synchronized WorkingCopyStatus status(TicketWorkspace workspace) {
        return new WorkingCopyStatus(changes);
    }

    @Override
    public synchronized CommitId headCommit(TicketWorkspace workspace) {
        return head;
    }

    @Override
    public synchronized void resetAndClean(TicketWorkspace workspace, CommitId target) {
        resets.add(target);
        head = target;
        changes = List.of();
    }

    @Override
    public String diffWorkingCopy(TicketWorkspace workspace, CommitId base) {
        return folders.diffWorkingCopy(workspace, base);
    }

    @Override
    public String diffCommits(TicketWorkspace workspace, CommitId from, CommitId to) {
        return folders.diffCommits(workspace, from, to);
    }

    @Override
    public CommitResult commitPaths(TicketWorkspace workspace, List<String> paths, String message) {
        return folders.commitPaths(workspace, paths, message);
    }

    @Override
    public SquashResult squashSinceBase(TicketWorkspace workspace, String message) {
        return folders.squashSinceBase(workspace, message);
    }

    @Override
    public MergeResult mergeIntoBase(TicketWorkspace workspace, String message, MergeMode mode) {
        return folders.mergeIntoBase(workspace, message, mode);
    }

    @Override
    public PushResult push(Path repositoryRoot, String remote, String branch, PushMode mode) {
        return folders.push(repositoryRoot, remote, branch, mode);
    }

    @Override
    public void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch) {
        folders.removeTicketWorkspace(workspace, deleteBranch);
    }
}
