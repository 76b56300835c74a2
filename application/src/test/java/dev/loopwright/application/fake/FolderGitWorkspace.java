package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.GitWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stand-in for the git port for use-case tests: a folder with a {@code .git} entry counts as a repository,
 * and a ticket's working copy is a plain folder beside it. The real adapter is tested against real repositories.
 */
public final class FolderGitWorkspace implements GitWorkspace {

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
    public TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch) {
        Path workingCopy = repositoryRoot.resolve(".loopwright").resolve("worktrees").resolve(branch);
        try {
            Files.createDirectories(workingCopy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TicketWorkspace(repositoryRoot, workingCopy, branch, "main");
    }

    @Override
    public void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch) {
        try {
            Files.deleteIfExists(workspace.workingCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
