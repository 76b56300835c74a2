package dev.loopwright.application.port.out;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The git repositories Loopwright works in; the user's own checkout is never modified. */
public interface GitWorkspace {

    /** A ticket's isolated working copy on its own branch. */
    record TicketWorkspace(Path repositoryRoot, Path workingCopy, String branch, String baseBranch) {
        public TicketWorkspace {
            Objects.requireNonNull(repositoryRoot, "repositoryRoot");
            Objects.requireNonNull(workingCopy, "workingCopy");
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(baseBranch, "baseBranch");
        }
    }

    /** The root of the repository containing {@code folder}, or empty when it is not inside one. */
    Optional<Path> repositoryRoot(Path folder);

    /** Creates (or finds, when it already exists) the ticket's working copy on branch {@code branch}. */
    TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch);

    /** Removes the ticket's working copy and, when asked, its branch. */
    void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch);
}
