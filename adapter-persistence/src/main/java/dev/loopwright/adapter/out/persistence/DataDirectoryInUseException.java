package dev.loopwright.adapter.out.persistence;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Another Loopwright engine runs on the data directory; the message says where it can be reached. */
public final class DataDirectoryInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<URI> runningServer;

    public DataDirectoryInUseException(Path dataDirectory, Optional<URI> runningServer) {
        super("Another Loopwright server is already running on the data directory " + dataDirectory
                + runningServer.map(address -> " (at " + address + ")").orElse("")
                + "; stop it first, or use another --data-dir");
        this.runningServer = runningServer;
    }

    public Optional<URI> runningServer() {
        return runningServer;
    }
}
