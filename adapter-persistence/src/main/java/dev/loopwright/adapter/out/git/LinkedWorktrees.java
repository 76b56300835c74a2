package dev.loopwright.adapter.out.git;

import dev.loopwright.application.port.out.GitWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Git's linked worktrees: created and removed with the git command (JGit reads them but cannot create them),
 * inspected by reading git's own metadata files.
 */
final class LinkedWorktrees {
    /** A checkout of a large repository can take a while; a stuck one must not hang a workflow forever. */
    private static final Duration CHECKOUT_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration QUICK_TIMEOUT = Duration.ofMinutes(1);
    /** What {@code git worktree add} writes into the {@code locked} file until the checkout is complete. */
    private static final String INITIALIZING = "initializing";

    private final GitCli git;

    LinkedWorktrees(GitCli git) {
        this.git = git;
    }

    /** How the folder where a ticket's working copy belongs looks right now. */
    enum State {
        /** Nothing there, or a folder holding nothing but the ticket's metadata folder. */
        ABSENT,
        /** A complete linked worktree of this repository. */
        COMPLETE,
        /** A linked worktree whose creation was interrupted, or whose registration git has lost. */
        BROKEN,
        /** Something else: files that are not a working copy of this repository. */
        FOREIGN
    }

    State inspect(Repository main, Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return State.ABSENT;
        }
        if (!Files.isDirectory(folder)) {
            return State.FOREIGN;
        }
        Path dotGit = folder.resolve(Constants.DOT_GIT);
        if (!Files.isRegularFile(dotGit)) {
            return holdsAtMostTheTicketFolder(folder) ? State.ABSENT : State.FOREIGN;
        }
        Optional<Path> gitDir = gitDirOf(dotGit);
        if (gitDir.isEmpty() || !Files.isDirectory(gitDir.get())) {
            return State.BROKEN;
        }
        if (!GitRepositories.sameFile(gitDir.get().getParent().getParent(), main.getCommonDirectory().toPath())) {
            return State.FOREIGN;
        }
        Path locked = gitDir.get().resolve("locked");
        if (Files.exists(locked) && Files.readString(locked, StandardCharsets.UTF_8).strip().startsWith(INITIALIZING)) {
            return State.BROKEN;
        }
        return State.COMPLETE;
    }

    /** {@code git worktree add}: on {@code branch} if it exists, else on a new branch forked at {@code start}. */
    void add(Path repositoryRoot, Path folder, String branch, boolean branchExists, String start) {
        // A working copy folder deleted by hand leaves a registration that would make git refuse the branch.
        git.runOrThrow(repositoryRoot, QUICK_TIMEOUT, "Pruning stale worktree registrations", "worktree", "prune");
        if (branchExists) {
            git.runOrThrow(repositoryRoot, CHECKOUT_TIMEOUT, "Creating the working copy " + folder, "worktree", "add",
                    folder.toString(), branch);
        } else {
            git.runOrThrow(repositoryRoot, CHECKOUT_TIMEOUT, "Creating the working copy " + folder, "worktree", "add",
                    "-b", branch, folder.toString(), start);
        }
    }

    /**
     * {@code git worktree remove --force --force} (twice, so an interrupted creation's lock does not stop it; it also
     * drops the registration of a folder already deleted), then deleting whatever is left and pruning.
     */
    void remove(Path repositoryRoot, Path folder) {
        // Fails harmlessly when git does not know the folder as a worktree; the steps below cover that case.
        git.run(repositoryRoot, QUICK_TIMEOUT, "worktree", "remove", "--force", "--force", folder.toString());
        if (Files.exists(folder)) {
            try {
                FolderDeletion.deleteRecursively(folder);
            } catch (IOException e) {
                throw GitRepositories.failure("Could not delete the working copy " + folder, e);
            }
        }
        git.runOrThrow(repositoryRoot, QUICK_TIMEOUT, "Pruning stale worktree registrations", "worktree", "prune");
    }

    /**
     * The checkout (the main one or a linked worktree) whose HEAD is on {@code branch}, if any: git lets a branch be
     * checked out in one place only, and that checkout's files must follow when the branch moves.
     */
    Optional<Path> checkoutOf(Repository main, String branch) throws IOException {
        String wanted = "ref: " + Constants.R_HEADS + branch;
        Path common = main.getCommonDirectory().toPath();
        if (!main.isBare() && Files.isDirectory(common) && wanted.equals(readHead(common.resolve(Constants.HEAD)))) {
            return Optional.of(mainWorkTree(main));
        }
        Path registrations = common.resolve("worktrees");
        if (!Files.isDirectory(registrations)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(registrations)) {
            for (Path registration : entries) {
                Path gitdirFile = registration.resolve("gitdir");
                if (wanted.equals(readHead(registration.resolve(Constants.HEAD))) && Files.isRegularFile(gitdirFile)) {
                    Path dotGit = registration.resolve(Files.readString(gitdirFile, StandardCharsets.UTF_8).strip());
                    return Optional.of(dotGit.normalize().getParent());
                }
            }
        }
        return Optional.empty();
    }

    /** Opens the checkout at {@code folder} found by {@link #checkoutOf}. */
    static Repository open(Path folder) throws IOException {
        return new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true).build();
    }

    private static Path mainWorkTree(Repository main) {
        if (main.getDirectory().equals(main.getCommonDirectory())) {
            return main.getWorkTree().toPath();
        }
        // Opened through a linked worktree: the main checkout is the folder holding the common .git folder.
        return main.getCommonDirectory().toPath().getParent();
    }

    private static Optional<Path> gitDirOf(Path dotGitFile) throws IOException {
        String content = Files.readString(dotGitFile, StandardCharsets.UTF_8).strip();
        if (!content.startsWith("gitdir:")) {
            return Optional.empty();
        }
        Path target = Path.of(content.substring("gitdir:".length()).strip());
        return Optional.of(dotGitFile.getParent().resolve(target).normalize());
    }

    private static String readHead(Path headFile) throws IOException {
        return Files.isRegularFile(headFile) ? Files.readString(headFile, StandardCharsets.UTF_8).strip() : "";
    }

    private static boolean holdsAtMostTheTicketFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(GitWorkspace.TICKET_METADATA_FOLDER)) {
                    return false;
                }
            }
            return true;
        }
    }
}
