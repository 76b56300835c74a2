package dev.loopwright.application.fake;

import dev.loopwright.application.folder.RepositoryInfo;
import dev.loopwright.application.port.out.RepositoryInspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stand-in for the repository inspector: a folder with a {@code .git} entry is a repository, and its origin
 * is the content of {@code .git/origin-url} when that file exists.
 */
public final class FolderRepositoryInspector implements RepositoryInspector {

    @Override
    public Optional<RepositoryInfo> inspect(Path folder) {
        return new FolderGitWorkspace().repositoryRoot(folder).map(root -> {
            Path origin = root.resolve(".git/origin-url");
            try {
                return new RepositoryInfo(root, Files.exists(origin)
                        ? Optional.of(Files.readString(origin).strip()) : Optional.empty());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
