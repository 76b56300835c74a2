package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.ReplayResult;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git port over JGit, with ticket working copies as git <em>linked worktrees</em> in
 * {@code <repo>/.loopwright/worktrees/<EXTERNAL-ID>} on branch {@code <EXTERNAL-ID>}. Beads that run beside each
 * other get worktrees of their own beside it, on branches {@code <EXTERNAL-ID>--<name>} whose base is the ticket
 * branch; their commits come back to the ticket branch by replaying them ({@link BeadReplayer}).
 *
 * <p><b>Why linked worktrees, created with the git command.</b> A linked worktree shares the repository's objects
 * and refs, so a ticket branch is an ordinary branch of the user's repository (no clone to keep in sync, no
 * duplicate object store), and {@code git worktree list}, {@code git status} and IDEs understand it. JGit reads
 * linked worktrees but cannot create or remove them. Writing git's metadata files ourselves would work today, but
 * would make us the keeper of a format git keeps evolving (relative paths, per-worktree config, the
 * {@code initializing} lock); and a local clone would need fetching back and forth and has a different branch
 * namespace. So exactly two steps run the {@code git} command ({@link GitCli}): {@code git worktree add/remove/prune},
 * and {@code push}, where only git honours the user's ssh agent, credential helpers and proxies. Everything else
 * (status, diffs, commits, reset, clean, squash, merge) is JGit, inside the worktree git created. Tests check that
 * git and JGit agree on the result.
 *
 * <p>Other choices: the base branch of a ticket is recorded in the repository config as
 * {@code branch.<EXTERNAL-ID>.loopwrightBase}, so it survives restarts and disappears with the branch; Loopwright's
 * folders are hidden through {@code .git/info/exclude}, never through the user's {@code .gitignore}; Loopwright's
 * own commits use the repository's identity and skip hooks and signing (see {@link PathCommitter}).
 *
 * <p>Every call opens the repository afresh and closes it, so nothing is cached between calls and the git command
 * and JGit never see stale state of each other.
 */
public final class JGitWorkspace implements GitWorkspace {
    /** The folder in the user's checkout that holds Loopwright's working copies. */
    static final String LOOPWRIGHT_FOLDER = ".loopwright";
    private static final String WORKTREES_FOLDER = "worktrees";
    private static final String BASE_BRANCH_KEY = "loopwrightBase";
    /** Between the ticket branch and a bead's name in the bead's branch: {@code SHOP-12--bead-3}. */

    private final LinkedWorktrees worktrees;
    private final CliBranchPusher pusher;

    /** Uses the {@code git} found on the {@code PATH}. */
    public JGitWorkspace() {
        this("git");
    }

    /** Uses the given git executable for the steps JGit cannot do. */
    public JGitWorkspace(String gitExecutable) {
        GitCli git = new GitCli(Objects.requireNonNull(gitExecutable, "gitExecutable"));
        this.worktrees = new LinkedWorktrees(git);
        this.pusher = new CliBranchPusher(git);
    }

    /**
     * A bead's working copy is a ticket working copy in all but its base, the ticket branch: so finding, squashing
     * and removing it need nothing of their own. What git ignores in the ticket's working copy is copied in once
     * ({@link IgnoredFilesCopier}).
     */
    @Override
    public TicketWorkspace prepareBeadWorkspace(TicketWorkspace ticket, String name, CommitId start) {
        return RepositoryLocks.holding(ticket.repositoryRoot(), () -> makeBeadWorkspace(ticket, name, start));
    }

    private TicketWorkspace makeBeadWorkspace(TicketWorkspace ticket, String name, CommitId start) {
        Objects.requireNonNull(start, "start");
        // The name on its own too: an empty one would still make a valid branch, "SHOP-12--".
        BranchNames.requireTicketBranch(name);
        String branch = BranchNames.requireTicketBranch(GitWorkspace.beadBranch(ticket.branch(), name));
        try (Repository main = GitRepositories.openMain(ticket.repositoryRoot())) {
            requireMainCheckout(main);
            try (RevWalk walk = new RevWalk(main)) {
                GitRepositories.branchTip(main, walk, ticket.branch());
                GitRepositories.commit(walk, start);
            }
            TicketWorkspace bead = ensureWorktree(main, branch, ticket::branch, start::value);
            // Before handing it back, so an agent never works in a copy that lacks what setup installed.
            try (Repository from = GitRepositories.openWorkingCopy(ticket);
                    Repository to = GitRepositories.openWorkingCopy(bead)) {
                IgnoredFilesCopier.copyOnce(from, to);
            }
            return bead;
        } catch (IOException e) {
            throw GitRepositories.failure("Could not prepare the working copy of " + branch, e);
        }
    }

    @Override
    public ReplayResult replayOnto(TicketWorkspace ticket, TicketWorkspace bead, CommitId since) {
        Objects.requireNonNull(since, "since");
        try (Repository repository = GitRepositories.openWorkingCopy(ticket)) {
            GitRepositories.requireOnBranch(repository, ticket.branch());
            return BeadReplayer.replay(repository, ticket.branch(), bead.branch(), since);
        } catch (IOException e) {
            throw GitRepositories.failure("Could not replay " + bead.branch() + " onto " + ticket.branch(), e);
        }
    }

    @Override
    public Optional<Path> repositoryRoot(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build()) {
            return repository.isBare() ? Optional.empty()
                    : Optional.of(repository.getWorkTree().toPath().toAbsolutePath().normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Path workingCopyOf(Path repositoryRoot, String branch) {
        return repositoryRoot.resolve(LOOPWRIGHT_FOLDER).resolve(WORKTREES_FOLDER).resolve(branch);
    }

    @Override
    public Optional<TicketWorkspace> findTicketWorkspace(Path repositoryRoot, String branch) {
        BranchNames.requireTicketBranch(branch);
        try (Repository main = GitRepositories.openMain(repositoryRoot)) {
            Path root = main.getWorkTree().toPath().toRealPath();
            Path workingCopy = workingCopyOf(root, branch);
            if (main.exactRef(Constants.R_HEADS + branch) == null && !Files.exists(workingCopy, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            // Without a recorded base the base is unknown; it only guards the base against deletion, and a ticket
            // branch name is never a base branch.
            String base = recordedBaseBranch(main, branch).orElse("");
            return Optional.of(new TicketWorkspace(root, workingCopy, branch, base));
        } catch (IOException e) {
            throw GitRepositories.failure("Could not look for the working copy of " + branch + " in " + repositoryRoot, e);
        }
    }

    @Override
    public TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch) {
        return RepositoryLocks.holding(repositoryRoot, () -> makeTicketWorkspace(repositoryRoot, branch));
    }

    private TicketWorkspace makeTicketWorkspace(Path repositoryRoot, String branch) {
        BranchNames.requireTicketBranch(branch);
        try (Repository main = GitRepositories.openMain(repositoryRoot)) {
            requireMainCheckout(main);
            LocalExcludes.ensure(main);
            requireLoopwrightFolderUntracked(main);
            return ensureWorktree(main, branch, () -> currentBranchOfCheckout(main, branch), () -> headOf(main));
        } catch (IOException e) {
            throw GitRepositories.failure("Could not prepare the working copy of " + branch + " in " + repositoryRoot, e);
        }
    }

    @Override
    public WorkingCopyStatus status(TicketWorkspace workspace) {
        try (Repository repository = GitRepositories.openWorkingCopy(workspace)) {
            return WorkingCopyStatusReader.read(repository);
        } catch (IOException e) {
            throw GitRepositories.failure("Could not read the status of " + workspace.workingCopy(), e);
        }
    }

    @Override
    public CommitId headCommit(TicketWorkspace workspace) {
        try (Repository repository = GitRepositories.openWorkingCopy(workspace); RevWalk walk = new RevWalk(repository)) {
            return GitRepositories.id(GitRepositories.head(repository, walk));
        }
    }

    @Override
    public String diffWorkingCopy(TicketWorkspace workspace, CommitId base) {
        Objects.requireNonNull(base, "base");
        try (Repository repository = GitRepositories.openWorkingCopy(workspace); RevWalk walk = new RevWalk(repository)) {
            return UnifiedDiffs.toWorkingCopy(repository, GitRepositories.commit(walk, base));
        } catch (IOException e) {
            throw GitRepositories.failure("Could not diff " + workspace.workingCopy() + " against " + base, e);
        }
    }

    @Override
    public String diffCommits(TicketWorkspace workspace, CommitId from, CommitId to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        try (Repository repository = GitRepositories.openWorkingCopy(workspace); RevWalk walk = new RevWalk(repository)) {
            return UnifiedDiffs.between(repository, GitRepositories.commit(walk, from), GitRepositories.commit(walk, to));
        } catch (IOException e) {
            throw GitRepositories.failure("Could not diff " + from + " to " + to, e);
        }
    }

    @Override
    public CommitResult commitPaths(TicketWorkspace workspace, List<String> paths, String message) {
        List<String> selection = WorkingCopyPaths.resolve(workspace.workingCopy(), paths);
        try (Repository repository = GitRepositories.openWorkingCopy(workspace)) {
            GitRepositories.requireOnBranch(repository, workspace.branch());
            return PathCommitter.commit(repository, selection, message);
        } catch (IOException e) {
            throw GitRepositories.failure("Could not commit " + selection + " in " + workspace.workingCopy(), e);
        }
    }

    @Override
    public void resetAndClean(TicketWorkspace workspace, CommitId target) {
        Objects.requireNonNull(target, "target");
        try (Repository repository = GitRepositories.openWorkingCopy(workspace); RevWalk walk = new RevWalk(repository)) {
            GitRepositories.requireOnBranch(repository, workspace.branch());
            RevCommit commit = GitRepositories.commit(walk, target);
            Git.wrap(repository).reset().setMode(ResetType.HARD).setRef(commit.name()).call();
            UntrackedCleaner.clean(repository);
        } catch (IOException | GitAPIException e) {
            throw GitRepositories.failure("Could not reset " + workspace.workingCopy() + " to " + target, e);
        }
    }

    @Override
    public SquashResult squashSinceBase(TicketWorkspace workspace, String message) {
        try (Repository repository = GitRepositories.openWorkingCopy(workspace)) {
            GitRepositories.requireOnBranch(repository, workspace.branch());
            return BranchSquasher.squash(repository, workspace.baseBranch(), message);
        } catch (IOException e) {
            throw GitRepositories.failure("Could not squash " + workspace.branch(), e);
        }
    }

    @Override
    public MergeResult mergeIntoBase(TicketWorkspace workspace, String message, MergeMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (workspace.branch().equals(workspace.baseBranch())) {
            throw new GitWorkspaceException("A ticket branch cannot be merged into itself: " + workspace.branch());
        }
        try (Repository main = GitRepositories.openMain(workspace.repositoryRoot())) {
            return new BaseBranchMerger(worktrees).merge(main, workspace.branch(), workspace.baseBranch(), message, mode);
        } catch (IOException e) {
            throw GitRepositories.failure("Could not merge " + workspace.branch() + " into " + workspace.baseBranch(), e);
        }
    }

    @Override
    public PushResult push(Path repositoryRoot, String remote, String branch, PushMode mode) {
        BranchNames.requireBranch(branch);
        Objects.requireNonNull(mode, "mode");
        if (remote == null || remote.isBlank()) {
            throw new GitWorkspaceException("Name the remote to push to");
        }
        try (Repository main = GitRepositories.openMain(repositoryRoot)) {
            return pusher.push(main, remote, branch, mode);
        } catch (IOException e) {
            throw GitRepositories.failure("Could not push " + branch + " to " + remote, e);
        }
    }

    @Override
    public void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch) {
        RepositoryLocks.holding(workspace.repositoryRoot(), () -> {
            removeWithBeads(workspace, deleteBranch);
            return null;
        });
    }

    private void removeWithBeads(TicketWorkspace workspace, boolean deleteBranch) {
        try (Repository main = GitRepositories.openMain(workspace.repositoryRoot())) {
            Path root = main.getWorkTree().toPath().toRealPath();
            // A ticket's bead working copies go with it: branches named after it whose recorded base is the ticket.
            String prefix = Constants.R_HEADS + GitWorkspace.beadBranch(workspace.branch(), "");
            for (Ref ref : main.getRefDatabase().getRefsByPrefix(prefix)) {
                String bead = ref.getName().substring(Constants.R_HEADS.length());
                if (recordedBaseBranch(main, bead).filter(workspace.branch()::equals).isPresent()) {
                    remove(main, root, new TicketWorkspace(root, workingCopyOf(root, bead), bead, workspace.branch()),
                            deleteBranch);
                }
            }
            remove(main, root, workspace, deleteBranch);
        } catch (IOException | GitAPIException e) {
            throw GitRepositories.failure("Could not remove the working copy " + workspace.workingCopy(), e);
        }
    }

    private void remove(Repository main, Path root, TicketWorkspace workspace, boolean deleteBranch)
            throws IOException, GitAPIException {
        Path worktreesFolder = root.resolve(LOOPWRIGHT_FOLDER).resolve(WORKTREES_FOLDER);
        Path workingCopy = workspace.workingCopy().toAbsolutePath().normalize();
        Path parent = Files.isDirectory(workingCopy.getParent()) ? workingCopy.getParent().toRealPath()
                : workingCopy.getParent();
        workingCopy = parent.resolve(workingCopy.getFileName());
        if (!worktreesFolder.equals(parent)) {
            throw new GitWorkspaceException("Refusing to remove " + workingCopy + ": Loopwright only removes its own "
                    + "working copies in " + worktreesFolder);
        }
        worktrees.remove(root, workingCopy);
        if (deleteBranch && !workspace.branch().equals(workspace.baseBranch())
                && main.exactRef(Constants.R_HEADS + workspace.branch()) != null) {
            // Also drops the branch's config section, with the recorded base branch.
            Git.wrap(main).branchDelete().setBranchNames(Constants.R_HEADS + workspace.branch()).setForce(true).call();
        }
    }

    /**
     * The complete linked worktree of {@code branch}: kept as it is when complete, else (re)created on the branch, or
     * on a new branch forked at {@code start} when there is none. A base branch not yet recorded is
     * {@code baseBranch}; both are asked for only when needed.
     */
    private TicketWorkspace ensureWorktree(Repository main, String branch, Supplier<String> baseBranch,
            Supplier<String> start) throws IOException {
        Path root = main.getWorkTree().toPath().toRealPath();
        Path workingCopy = workingCopyOf(root, branch);
        LinkedWorktrees.State state = worktrees.inspect(main, workingCopy);
        if (state == LinkedWorktrees.State.FOREIGN) {
            throw new GitWorkspaceException("The working copy folder " + workingCopy + " is taken by files that are "
                    + "not a working copy of this repository; move them away and start again");
        }
        Optional<String> recordedBase = recordedBaseBranch(main, branch);
        // Asked before anything is created, so a refusal (a detached checkout) leaves nothing behind. A working copy
        // made before bases were recorded (or by hand) adopts it once.
        String base = recordedBase.orElseGet(baseBranch);
        if (state != LinkedWorktrees.State.COMPLETE) {
            create(main, root, workingCopy, branch, state == LinkedWorktrees.State.BROKEN, start);
        }
        if (recordedBase.isEmpty()) {
            recordBaseBranch(main, branch, base);
        }
        TicketWorkspace workspace = new TicketWorkspace(root, workingCopy, branch, base);
        try (Repository checkout = GitRepositories.openWorkingCopy(workspace)) {
            GitRepositories.requireOnBranch(checkout, branch);
        }
        return workspace;
    }

    private void create(Repository main, Path root, Path workingCopy, String branch, boolean broken,
            Supplier<String> startCommit) throws IOException {
        boolean branchExists = main.exactRef(Constants.R_HEADS + branch) != null;
        String start = branchExists ? null : startCommit.get();
        TicketFolderKeeper keeper = new TicketFolderKeeper(workingCopy);
        keeper.setAside();
        try {
            if (broken) {
                worktrees.remove(root, workingCopy);
            }
            Files.deleteIfExists(workingCopy); // empty by now: inspect() found nothing else there
            Files.createDirectories(workingCopy.getParent());
            worktrees.add(root, workingCopy, branch, branchExists, start);
        } finally {
            keeper.putBack();
        }
    }

    /** The commit the user's checkout is on, where a new ticket branch forks. */
    private static String headOf(Repository main) {
        try (RevWalk walk = new RevWalk(main)) {
            return GitRepositories.head(main, walk).name();
        }
    }

    /** The branch checked out in the user's checkout, which becomes the base of a new ticket branch. */
    private static String currentBranchOfCheckout(Repository main, String branch) {
        String head = GitRepositories.fullBranch(main);
        if (head == null || !head.startsWith(Constants.R_HEADS)) {
            throw new GitWorkspaceException("The checkout " + main.getWorkTree() + " is not on a branch (detached HEAD);"
                    + " check out the branch the ticket should start from");
        }
        String current = head.substring(Constants.R_HEADS.length());
        if (current.equals(branch)) {
            throw new GitWorkspaceException("The checkout " + main.getWorkTree() + " is on the ticket branch " + branch
                    + " itself; check out the base branch there first");
        }
        return current;
    }

    private static Optional<String> recordedBaseBranch(Repository main, String branch) {
        return Optional.ofNullable(main.getConfig().getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, BASE_BRANCH_KEY))
                .filter(base -> !base.isBlank());
    }

    private static void recordBaseBranch(Repository main, String branch, String baseBranch) throws IOException {
        StoredConfig config = main.getConfig();
        try {
            // Re-read first: saving writes the whole file, and the git command may have changed it since we opened it.
            config.load();
        } catch (ConfigInvalidException e) {
            throw GitRepositories.failure("The repository config of " + main.getWorkTree() + " is invalid", e);
        }
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, BASE_BRANCH_KEY, baseBranch);
        config.save();
    }

    private static void requireMainCheckout(Repository main) {
        if (!main.getDirectory().equals(main.getCommonDirectory())) {
            throw new GitWorkspaceException("Attach the repository's main checkout, not the linked worktree "
                    + main.getWorkTree());
        }
    }

    /** A tracked {@code .loopwright} folder would put every working copy inside the user's project. */
    private static void requireLoopwrightFolderUntracked(Repository main) throws IOException {
        DirCache index = main.readDirCache();
        for (int i = 0; i < index.getEntryCount(); i++) {
            if (index.getEntry(i).getPathString().startsWith(LOOPWRIGHT_FOLDER + "/")) {
                throw new GitWorkspaceException("The repository tracks files in " + LOOPWRIGHT_FOLDER + "/, where "
                        + "Loopwright keeps its working copies; untrack them with 'git rm -r --cached "
                        + LOOPWRIGHT_FOLDER + "' and commit");
            }
        }
    }
}
