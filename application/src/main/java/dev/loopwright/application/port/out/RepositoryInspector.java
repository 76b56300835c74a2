package dev.loopwright.application.port.out;

import dev.loopwright.application.folder.RepositoryInfo;
import java.nio.file.Path;
import java.util.Optional;

/** Looks at a folder without changing anything: is it in a git repository, and where does it push to. */
public interface RepositoryInspector {

    /** Empty when the folder is not inside a (non-bare) git repository. */
    Optional<RepositoryInfo> inspect(Path folder);
}
