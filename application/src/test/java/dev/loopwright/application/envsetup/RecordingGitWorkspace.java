package dev.loopwright.application.envsetup;

import dev.loopwright.application.fake.FolderGitWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.FileChange;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FolderGitWorkspace} with just enough history for setup: a head commit that can be moved, changes a test
 * leaves "in the working copy" (reported by status until a reset), and every reset recorded.
 */
final class RecordingGitWorkspace extends FolderGitWorkspace {
    static final CommitId START = new CommitId("a".repeat(40));

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
}
