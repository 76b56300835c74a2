package dev.loopwright.adapter.out.persistence.file;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.folder.FolderEntry;
import dev.loopwright.application.port.out.FolderBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Lists the sub-folders of a local folder; hidden ones and unreadable ones are left out. */
public final class LocalFolderBrowser implements FolderBrowser {

    @Override
    public List<FolderEntry> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new NotFoundException("Path does not exist: " + folder);
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .map(child -> new FolderEntry(child.getFileName().toString(), child))
                    .sorted(Comparator.comparing(FolderEntry::name))
                    .toList();
        } catch (IOException e) {
            throw new NotFoundException("Cannot read directory: " + folder);
        }
    }
}
