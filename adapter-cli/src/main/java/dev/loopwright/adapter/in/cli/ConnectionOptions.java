package dev.loopwright.adapter.in.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which server a command talks to; shared by every command that needs one. */
public final class ConnectionOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data directory (default: as for serve). "
            + "A server already running on it is used; otherwise one runs inside this command.")
    private Path dataDir;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:LOOPWRIGHT_SERVER}",
            description = "Talk to the Loopwright server at URL instead (env LOOPWRIGHT_SERVER).")
    private URI server;

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    public Optional<URI> server() {
        return Optional.ofNullable(server);
    }
}
