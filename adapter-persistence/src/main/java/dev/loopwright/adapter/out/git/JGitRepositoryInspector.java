package dev.loopwright.adapter.out.git;

import dev.loopwright.application.folder.RepositoryInfo;
import dev.loopwright.application.port.out.RepositoryInspector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Reads a folder's repository and origin with JGit, without writing anything. */
public final class JGitRepositoryInspector implements RepositoryInspector {

    @Override
    public Optional<RepositoryInfo> inspect(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            String origin = repository.getConfig().getString("remote", "origin", "url");
            return Optional.of(new RepositoryInfo(repository.getWorkTree().toPath().toAbsolutePath().normalize(),
                    Optional.ofNullable(origin).filter(url -> !url.isBlank())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
