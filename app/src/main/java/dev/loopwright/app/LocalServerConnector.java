package dev.loopwright.app;

import dev.loopwright.adapter.in.cli.ApiClient;
import dev.loopwright.adapter.in.cli.ConnectionOptions;
import dev.loopwright.adapter.in.cli.ServerConnector;
import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.opencode.OpenCodeSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.EngineLock;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Connects a command to a server: the one named with {@code --server}, else the one running on the data directory,
 * else one started here on a free loopback port for the command's duration. Never a second engine on a data
 * directory: if one holds it without an address yet, the command fails and says so.
 */
final class LocalServerConnector implements ServerConnector {
    private final Map<String, String> environment;
    private final Path home;

    LocalServerConnector(Map<String, String> environment, Path home) {
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    @Override
    public Connection connect(ConnectionOptions options) {
        Optional<String> token = Optional.ofNullable(environment.get("LOOPWRIGHT_API_TOKEN"))
                .filter(value -> !value.isBlank());
        if (options.server().isPresent()) {
            return remote(new ApiClient(options.server().get(), token));
        }
        DataDirectory data = DataDirectory.resolve(options.dataDir(), environment, home);
        Optional<URI> running = EngineLock.runningServer(data.path());
        if (running.isPresent()) {
            return remote(new ApiClient(running.get(), token));
        }
        URI openCodeAddress = Optional.ofNullable(environment.get("LOOPWRIGHT_OPENCODE_URL"))
                .filter(value -> !value.isBlank()).map(URI::create).orElse(OpenCodeSettings.DEFAULT_URI);
        OpenCodeConnection openCode = OpenCodeConnection.at(openCodeAddress, environment);
        LoopwrightServer server;
        try {
            server = LoopwrightServer.start(new HttpServerSettings(HttpServerSettings.LOOPBACK, 0), data,
                    HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT, openCode.runtime());
        } catch (RuntimeException e) {
            openCode.close();
            throw e;
        }
        ApiClient api = new ApiClient(URI.create("http://" + HttpServerSettings.LOOPBACK + ":" + server.port()),
                Optional.empty());
        return new OpenConnection(api, () -> {
            // Running phases stop here and resume from what they stored the next time an engine runs.
            server.close();
            openCode.close();
        });
    }

    private static Connection remote(ApiClient api) {
        return new OpenConnection(api, () -> {
            // someone else's server: nothing to stop
        });
    }

    /** A server to talk to and what ending the command does to it. */
    private record OpenConnection(ApiClient api, Runnable onClose) implements Connection {
        @Override
        public void close() {
            onClose.run();
        }
    }
}
