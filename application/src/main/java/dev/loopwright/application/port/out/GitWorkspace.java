package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.ReplayResult;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The git repositories Loopwright works in. Each ticket gets its own working copy on branch {@code <EXTERNAL-ID>};
 * the user's own checkout and index are never modified, with one deliberate exception: merging into a base branch
 * that is checked out there updates it the way {@code git merge} would (see {@link #mergeIntoBase}).
 *
 * <p>The ticket's metadata folder {@value #TICKET_METADATA_FOLDER} inside a working copy belongs to Loopwright, not
 * to the project: it is never reported as a change, never committed, never shown in a diff and survives
 * {@link #resetAndClean}. Paths exchanged here are relative to the working copy, with {@code /} separators.
 *
 * <p>Failures throw {@link dev.loopwright.application.error.GitWorkspaceException}; expected outcomes (nothing to
 * commit, a merge conflict, a rejected push) are result values.
 */
public interface GitWorkspace {

    /** The folder, at the top of every ticket working copy, that holds the ticket's own files. */
    String TICKET_METADATA_FOLDER = ".ticket";

    /** A ticket's isolated working copy on its own branch, forked from {@code baseBranch}. */
    record TicketWorkspace(Path repositoryRoot, Path workingCopy, String branch, String baseBranch) {
        public TicketWorkspace {
            Objects.requireNonNull(repositoryRoot, "repositoryRoot");
            Objects.requireNonNull(workingCopy, "workingCopy");
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(baseBranch, "baseBranch");
        }
    }

    /**
     * A working copy of its own for one bead that runs beside others: a linked worktree on branch
     * {@code <ticket branch>--<name>} forked from {@code start}, whose base branch is the ticket branch. Idempotent:
     * an existing one is returned as it is, wherever its branch now points. Removed with
     * {@link #removeTicketWorkspace}; {@code name} is one safe path segment. A new one also gets the files git ignores
     * in the ticket's working copy, such as installed dependencies; untracked files and {@code .ticket} are not copied.
     */
    TicketWorkspace prepareBeadWorkspace(TicketWorkspace ticket, String name, CommitId start);

    /**
     * Replays the commits of {@code bead}'s branch after {@code since} onto the ticket branch checked out in
     * {@code ticket}, oldest first, each as a new commit with its message and author (like {@code git cherry-pick
     * since..bead-branch}); a commit whose changes the ticket branch already has is skipped, so replaying again
     * after a crash is harmless. Conflicts are detected before anything is written. Refuses when the ticket working
     * copy has uncommitted changes to files the replay touches.
     */
    ReplayResult replayOnto(TicketWorkspace ticket, TicketWorkspace bead, CommitId since);

    /** The branch of the bead working copy {@code name} of the ticket on {@code ticketBranch}. */
    static String beadBranch(String ticketBranch, String name) {
        return ticketBranch + "--" + name;
    }

    /** The root of the repository containing {@code folder}, or empty when it is not inside one. */
    Optional<Path> repositoryRoot(Path folder);

    /**
     * Creates the ticket's working copy on a new branch {@code branch} forked from the commit the user's checkout is
     * on, and records the branch checked out there as the base branch. Idempotent: when the working copy already
     * exists it is returned as it is (same base branch); when only the branch survives, the working copy is
     * recreated on it.
     */
    TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch);

    /**
     * The ticket's working copy as recorded, when its branch or its working-copy folder still exists; creates
     * nothing. For cleaning up: the working copy may be incomplete.
     */
    Optional<TicketWorkspace> findTicketWorkspace(Path repositoryRoot, String branch);

    /** Where the ticket's working copy is, or would be once prepared; creates and checks nothing. */
    Path workingCopyOf(Path repositoryRoot, String branch);

    /** Every change in the working copy, like {@code git status --porcelain --untracked-files=all}. */
    WorkingCopyStatus status(TicketWorkspace workspace);

    /** The commit the ticket branch points at. */
    CommitId headCommit(TicketWorkspace workspace);

    /**
     * A unified diff from {@code base} to the files as they are now, untracked (not ignored) files included as new
     * files, so it shows everything an agent changed whether committed or not.
     */
    String diffWorkingCopy(TicketWorkspace workspace, CommitId base);

    /** A unified diff from commit {@code from} to commit {@code to}, like {@code git diff from to}. */
    String diffCommits(TicketWorkspace workspace, CommitId from, CommitId to);

    /**
     * Commits exactly the listed files or folders as they are in the working copy (new, changed or deleted), like
     * {@code git commit --only -- <paths>}; every other change, staged or not, stays uncommitted. Refuses a path
     * outside the working copy, inside {@code .git} or inside the ticket's metadata folder, or one that matches
     * nothing.
     */
    CommitResult commitPaths(TicketWorkspace workspace, List<String> paths, String message);

    /**
     * Moves the ticket branch to {@code target} and makes the files match it ({@code git reset --hard}), then deletes
     * untracked files and folders ({@code git clean -fd}); ignored files and the ticket's metadata folder stay.
     */
    void resetAndClean(TicketWorkspace workspace, CommitId target);

    /**
     * Replaces the ticket branch's commits since it forked from its base branch by one commit with the same
     * content and {@code message}. Uncommitted changes in the working copy are left as they are.
     */
    SquashResult squashSinceBase(TicketWorkspace workspace, String message);

    /**
     * Merges the ticket branch into its base branch. When the base branch is checked out somewhere (usually the
     * user's checkout), that checkout is updated like {@code git merge} does, or nothing happens at all when local
     * changes are in the way. Conflicts are detected before anything is written.
     */
    MergeResult mergeIntoBase(TicketWorkspace workspace, String message, MergeMode mode);

    /** Pushes local branch {@code branch} to the branch of the same name on remote {@code remote}. */
    PushResult push(Path repositoryRoot, String remote, String branch, PushMode mode);

    /**
     * Removes the ticket's working copy, its bead working copies and, when asked, their branches (never the base
     * branch). Idempotent. Refuses a working copy that is not one of Loopwright's.
     */
    void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch);
}
