package dev.loopwright.adapter.out.git;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.port.out.GitWorkspace.TicketWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Opens repositories safely and converts between JGit ids and the port's values. */
final class GitRepositories {
    private GitRepositories() {
    }

    /** The repository whose main checkout contains {@code folder}; refuses a bare repository or none. */
    static Repository openMain(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new GitWorkspaceException("Not inside a git repository: " + folder);
        }
        Repository repository = build(builder, folder);
        if (repository.isBare()) {
            repository.close();
            throw new GitWorkspaceException("A bare repository has no checkout to work from: " + folder);
        }
        return repository;
    }

    /**
     * The ticket's own linked working copy. Opening it never falls back to a parent folder's repository (that
     * would be the user's checkout), and it must belong to the workspace's repository.
     */
    static Repository openWorkingCopy(TicketWorkspace workspace) {
        Path workingCopy = workspace.workingCopy();
        if (!Files.isRegularFile(workingCopy.resolve(Constants.DOT_GIT))) {
            throw new GitWorkspaceException("Not a ticket working copy (no linked-worktree .git file): " + workingCopy);
        }
        Repository repository = build(new FileRepositoryBuilder().findGitDir(workingCopy.toFile()), workingCopy);
        try (Repository main = openMain(workspace.repositoryRoot())) {
            if (!sameFile(repository.getCommonDirectory().toPath(), main.getCommonDirectory().toPath())) {
                repository.close();
                throw new GitWorkspaceException("The working copy " + workingCopy + " belongs to another repository than "
                        + workspace.repositoryRoot());
            }
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
        return repository;
    }

    /** Refuses to change history when the working copy's HEAD is not on the ticket branch (an agent moved it). */
    static void requireOnBranch(Repository repository, String branch) {
        String head = fullBranch(repository);
        if (!(Constants.R_HEADS + branch).equals(head)) {
            throw new GitWorkspaceException("The working copy " + repository.getWorkTree() + " is on '" + head
                    + "', not on its ticket branch '" + branch + "'");
        }
    }

    static String fullBranch(Repository repository) {
        try {
            return repository.getFullBranch();
        } catch (IOException e) {
            throw failure("Could not read HEAD of " + repository.getDirectory(), e);
        }
    }

    /** The commit HEAD points at; refuses a repository without commits. */
    static RevCommit head(Repository repository, RevWalk walk) {
        try {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw new GitWorkspaceException("The repository " + repository.getDirectory() + " has no commit yet");
            }
            return walk.parseCommit(head);
        } catch (IOException e) {
            throw failure("Could not read HEAD of " + repository.getDirectory(), e);
        }
    }

    static RevCommit commit(RevWalk walk, CommitId id) {
        try {
            return walk.parseCommit(ObjectId.fromString(id.value()));
        } catch (IOException e) {
            throw failure("No commit " + id + " in this repository", e);
        }
    }

    /** The tip of local branch {@code branch}; refuses a missing branch. */
    static RevCommit branchTip(Repository repository, RevWalk walk, String branch) {
        try {
            Ref ref = repository.exactRef(Constants.R_HEADS + branch);
            if (ref == null || ref.getObjectId() == null) {
                throw new GitWorkspaceException("No branch '" + branch + "' in " + repository.getDirectory());
            }
            return walk.parseCommit(ref.getObjectId());
        } catch (IOException e) {
            throw failure("Could not read branch '" + branch + "'", e);
        }
    }

    static CommitId id(ObjectId objectId) {
        return new CommitId(objectId.name());
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static GitWorkspaceException failure(String message, Exception cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new GitWorkspaceException(message + ": " + detail, cause);
    }

    private static Repository build(FileRepositoryBuilder builder, Path folder) {
        try {
            return builder.setMustExist(true).build();
        } catch (IOException | IllegalArgumentException e) {
            throw failure("Could not open the git repository at " + folder, e);
        }
    }
}
