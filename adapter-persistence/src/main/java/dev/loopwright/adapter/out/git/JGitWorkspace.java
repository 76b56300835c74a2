package dev.loopwright.adapter.out.git;

import dev.loopwright.application.port.out.GitWorkspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git port over JGit. Finding a folder's repository is in place; ticket working copies arrive with the
 * workspace work of the persistence issue and are refused until then.
 */
public final class JGitWorkspace implements GitWorkspace {

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
    public TicketWorkspace prepareTicketWorkspace(Path repositoryRoot, String branch) {
        throw new UnsupportedOperationException("ticket working copies are not available in this build yet");
    }

    @Override
    public void removeTicketWorkspace(TicketWorkspace workspace, boolean deleteBranch) {
        throw new UnsupportedOperationException("ticket working copies are not available in this build yet");
    }
}
