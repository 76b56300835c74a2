package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.git.ReplayResult;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.git.CommitId;
import dev.loopwright.application.port.out.git.CommitResult;
import dev.loopwright.application.port.out.git.MergeMode;
import dev.loopwright.application.port.out.git.MergeResult;
import dev.loopwright.application.port.out.git.PushMode;
import dev.loopwright.application.port.out.git.PushResult;
import dev.loopwright.application.port.out.git.SquashResult;
import dev.loopwright.application.port.out.git.WorkingCopyStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for the git port for use-case tests: a folder with a {@code .git} entry counts as a repository,
 * and a ticket's working copy is a plain folder beside it. It has no history, so the operations that need one
 * refuse; the real adapter ({@code JGitWorkspace}) is tested against real repositories. Stand-ins with some history
 * extend it and override just that.
 */
public class FolderGitWorkspace implements GitWorkspace {

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
        for (Path current = folder.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
            if (Files.exists(current.resolve(".git"))) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    @Override
    public Path workingCopyOf(Path repositoryRoot, String branch) {
        return repositoryRoot.resolve(".loopwright").resolve("worktrees").resolve(branch);
    }

    @Override
    public TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch) {
        Path workingCopy = workingCopyOf(repositoryRoot, branch);
        try {
            Files.createDirectories(workingCopy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TicketWorkspace(repositoryRoot, workingCopy, branch, "main");
    }

    @Override
    public Optional<TicketWorkspace> findTicketWorkspace(Path repositoryRoot, String branch) {
        Path workingCopy = workingCopyOf(repositoryRoot, branch);
        return Files.isDirectory(workingCopy) ? Optional.of(new TicketWorkspace(repositoryRoot, workingCopy, branch,
                "main")) : Optional.empty();
    }

    @Override
    public WorkingCopyStatus status(TicketWorkspace workspace) {
        return new WorkingCopyStatus(List.of());
    }

    @Override
    public CommitId headCommit(TicketWorkspace workspace) {
        throw noHistory("headCommit");
    }

    @Override
    public String diffWorkingCopy(TicketWorkspace workspace, CommitId base) {
        throw noHistory("diffWorkingCopy");
    }

    @Override
    public String diffCommits(TicketWorkspace workspace, CommitId from, CommitId to) {
        throw noHistory("diffCommits");
    }

    @Override
    public CommitResult commitPaths(TicketWorkspace workspace, List<String> paths, String message) {
        throw noHistory("commitPaths");
    }

    @Override
    public void resetAndClean(TicketWorkspace workspace, CommitId target) {
        throw noHistory("resetAndClean");
    }

    @Override
    public SquashResult squashSinceBase(TicketWorkspace workspace, String message) {
        throw noHistory("squashSinceBase");
    }

    @Override
    public MergeResult mergeIntoBase(TicketWorkspace workspace, String message, MergeMode mode) {
        throw noHistory("mergeIntoBase");
    }

    @Override
    public PushResult push(Path repositoryRoot, String remote, String branch, PushMode mode) {
        throw noHistory("push");
    }

    @Override
    public void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch) {
        try {
            Files.deleteIfExists(workspace.workingCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnsupportedOperationException noHistory(String operation) {
        return new UnsupportedOperationException("FolderGitWorkspace keeps no git history, so it cannot do "
                + operation + "; test this against JGitWorkspace on a real repository");
    }
}
