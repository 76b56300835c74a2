package dev.loopwright.application.port.in;

import java.util.Optional;

/** Lists sub-folders below the browsing root (the user's home by default); nothing above it. */
public interface BrowseFoldersUseCase {

    FolderListing list(Optional<String> path);
}
