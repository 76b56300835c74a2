package dev.loopwright.application.preflight;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.nio.file.Files;
import java.util.List;

/**
 * The ticket's working copy is where it should be and has nothing uncommitted: coding commits bead by bead, so
 * a change already lying there would end up in the first bead's commit. The ticket's own folder never counts.
 */
final class WorkingCopyChecks implements PreflightStep {
    static final String PRESENT = "Git Worktree";
    static final String CLEAN = "Worktree Cleanliness";
    private static final int SHOWN = 10;

    private final GitWorkspace git;

    WorkingCopyChecks(GitWorkspace git) {
        this.git = git;
    }

    @Override
    public List<PreflightCheck> check(PreflightSubject subject) {
        if (!Files.isDirectory(subject.workingCopy())) {
            return List.of(PreflightCheck.fail(PRESENT, CheckCategory.GIT, "The ticket's working copy "
                    + subject.workingCopy() + " is missing"));
        }
        try {
            // The working copy exists, so this only opens it (see GitWorkspace#prepareTicketWorkspace).
            GitWorkspace.TicketWorkspace workspace = git.prepareTicketWorkspace(subject.project().folderPath(),
                    subject.ticket().externalId().toString());
            PreflightCheck present = PreflightCheck.pass(PRESENT, CheckCategory.GIT,
                    workspace.workingCopy() + " on branch " + workspace.branch());
            WorkingCopyStatus status = git.status(workspace);
            if (status.isClean()) {
                return List.of(present, PreflightCheck.pass(CLEAN, CheckCategory.GIT, "nothing uncommitted"));
            }
            List<String> paths = status.paths();
            String shown = String.join(", ", paths.subList(0, Math.min(SHOWN, paths.size())))
                    + (paths.size() > SHOWN ? " and " + (paths.size() - SHOWN) + " more" : "");
            return List.of(present, PreflightCheck.fail(CLEAN, CheckCategory.GIT, paths.size()
                    + " uncommitted change(s) in the working copy: " + shown));
        } catch (GitWorkspaceException e) {
            return List.of(PreflightCheck.fail(PRESENT, CheckCategory.GIT,
                    "The ticket's working copy cannot be opened: " + e.getMessage()));
        }
    }
}
