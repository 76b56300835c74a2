package dev.loopwright.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** Small real things tests start from: a git repository with one commit, an address where nothing listens. */
final class LocalFixtures {
    private LocalFixtures() {
    }

    /** {@code <parent>/shop}: a repository on branch main with a README in one commit. */
    static Path shopRepository(Path parent) throws Exception {
        Path repo = Files.createDirectories(parent.resolve("shop"));
        Files.writeString(repo.resolve("README.md"), "A shop\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("A shop").setAuthor("Test", "test@example.com")
                    .setCommitter("Test", "test@example.com").setSign(false).call();
        }
        return repo.toRealPath();
    }

    /** A loopback address whose port was free a moment ago. */
    static URI nothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
