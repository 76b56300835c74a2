package dev.loopwright.application.port.out;

import dev.loopwright.application.folder.FolderEntry;
import java.nio.file.Path;
import java.util.List;

/** Lists sub-folders, for choosing a repository to attach. */
public interface FolderBrowser {

    /** The sub-folders of {@code folder}, by name; hidden ones left out. Throws {@code NotFoundException} if absent. */
    List<FolderEntry> list(Path folder);
}
