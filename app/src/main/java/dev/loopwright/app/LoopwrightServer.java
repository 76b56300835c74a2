package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.github.GitHubSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.adapter.out.persistence.EngineLock;
import dev.loopwright.adapter.out.persistence.SqliteStore;
import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.ModelRuntime;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Loopwright with its own HTTP server: the embedded core ({@link Loopwright}) plus a Javalin serving its API. */
public final class LoopwrightServer implements AutoCloseable {
    private final Javalin javalin;
    private final Loopwright core;

    private LoopwrightServer(Javalin javalin, Loopwright core) {
        this.javalin = javalin;
        this.core = core;
    }

    /**
     * Locks the data directory (one engine per directory, see {@link EngineLock}) and opens (and migrates) the
     * database first, so a busy or bad data directory fails before the port is taken.
     * {@code runtime} answers the model routes; the caller owns it.
     */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime) {
        return start(settings, dataDirectory, security, streamSettings, runtime, Clock.systemUTC());
    }

    /**
     * As above, with the clock every service, stream and rate limit reads (tests move it instead of waiting). GitHub
     * pull requests are opened when the environment names a token ({@value GitHubSettings#TOKEN_VARIABLE}, else
     * {@value GitHubSettings#FALLBACK_TOKEN_VARIABLE}; API at {@value GitHubSettings#API_URL_VARIABLE}).
     */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime, Clock clock) {
        return start(settings, dataDirectory, security, streamSettings, runtime, clock,
                GitHubSettings.fromEnvironment(System.getenv()));
    }

    /** As above, with GitHub configured explicitly: empty delivers every ticket locally. */
    public static LoopwrightServer start(HttpServerSettings settings, DataDirectory dataDirectory,
            HttpSecurity security, StreamSettings streamSettings, ModelRuntime runtime, Clock clock,
            Optional<GitHubSettings> github) {
        Loopwright core = Loopwright.openIdle(new LoopwrightConfig(dataDirectory, runtime, clock, streamSettings,
                List.of(), github));
        try {
            LoopwrightServer server = new LoopwrightServer(core.http(security).start(settings), core);
            core.lock().publishAddress(URI.create("http://" + reachableHost(settings.host()) + ":" + server.port()));
            // Only once the server listens: resumed phases publish to the live streams like any other.
            core.resume();
            return server;
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    /** A server bound to every interface is reached on loopback by a command line on the same machine. */
    private static String reachableHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return HttpServerSettings.LOOPBACK;
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Where ticket notifications go (the live streams among them): the workflow publishes here. */
    public EventPublisher events() {
        return core.events();
    }

    public SqliteStore store() {
        return core.store();
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        core.close();
    }

    @Override
    public void close() {
        stop();
    }
}
