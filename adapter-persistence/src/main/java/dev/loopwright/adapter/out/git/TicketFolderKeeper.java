package dev.loopwright.adapter.out.git;

import dev.loopwright.application.port.out.GitWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps the ticket's metadata folder safe while its working copy is (re)created: git needs an empty folder, and the
 * workflow may have written {@code .ticket/} before (a skeleton, or logs of an interrupted run). The folder waits
 * beside the working copy under a fixed name, so a crash in between loses nothing: the next attempt finds it there.
 */
final class TicketFolderKeeper {
    private final Path ticketFolder;
    private final Path aside;

    TicketFolderKeeper(Path workingCopy) {
        this.ticketFolder = workingCopy.resolve(GitWorkspace.TICKET_METADATA_FOLDER);
        this.aside = workingCopy.resolveSibling("." + workingCopy.getFileName() + ".ticket-aside");
    }

    void setAside() throws IOException {
        if (Files.exists(ticketFolder, LinkOption.NOFOLLOW_LINKS) && !Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            // Same parent folder, so this is a rename, never a copy.
            Files.move(ticketFolder, aside, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    void putBack() throws IOException {
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && !Files.exists(ticketFolder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(ticketFolder.getParent());
            Files.move(aside, ticketFolder, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
