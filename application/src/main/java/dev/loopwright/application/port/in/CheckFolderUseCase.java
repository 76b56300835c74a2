package dev.loopwright.application.port.in;

import java.util.Optional;

/** Says whether a folder can be attached as a project, and how its tickets would be delivered. */
public interface CheckFolderUseCase {

    FolderCheck check(Optional<String> path);
}
