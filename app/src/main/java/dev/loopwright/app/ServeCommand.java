package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.RateLimits;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loopwright serve}: runs the HTTP server until SIGTERM or Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the HTTP API on the loopback interface.",
        footer = {"", "Examples:", "  loopwright serve", "  loopwright serve --port 8080",
                "  LOOPWRIGHT_PORT=8080 loopwright serve", "  loopwright serve --data-dir /tmp/loopwright-demo"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:LOOPWRIGHT_PORT:-3000}",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}; env LOOPWRIGHT_PORT).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:LOOPWRIGHT_HOST:-127.0.0.1}",
            description = "Address to bind (default: ${DEFAULT-VALUE}; env LOOPWRIGHT_HOST). Only loopback"
                    + " addresses are accepted until token authentication is configured.")
    private String host;

    @Option(names = "--allow-remote", description = "Allow a non-loopback --host; needs LOOPWRIGHT_API_TOKEN.")
    private boolean allowRemote;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            defaultValue = "${env:LOOPWRIGHT_CORS_ORIGINS:-}",
            description = "Browser origin allowed to call the API (repeatable; env LOOPWRIGHT_CORS_ORIGINS, comma-separated).")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the database and files live (default: env LOOPWRIGHT_DATA_DIR, else"
                    + " $XDG_DATA_HOME/loopwright, else ~/.local/share/loopwright).")
    private Path dataDir;

    @Option(names = "--opencode-url", paramLabel = "URL",
            defaultValue = "${env:LOOPWRIGHT_OPENCODE_URL:-http://127.0.0.1:4096}",
            description = "The OpenCode server that runs the models (default: ${DEFAULT-VALUE};"
                    + " env LOOPWRIGHT_OPENCODE_URL). Start one with `opencode serve --port 4096`.")
    private URI openCodeUrl;

    @Option(names = "--opencode-binary", paramLabel = "PATH", defaultValue = "${env:LOOPWRIGHT_OPENCODE_BINARY}",
            description = "Run this `opencode` ourselves on a free loopback port instead of connecting to"
                    + " --opencode-url; restarted if it dies, stopped with the server (env LOOPWRIGHT_OPENCODE_BINARY).")
    private Path openCodeBinary;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got "
                    + port);
        }
        // The token comes from the environment only: a command-line argument would show in `ps`.
        Optional<String> token = Optional.ofNullable(System.getenv("LOOPWRIGHT_API_TOKEN")).filter(t -> !t.isBlank());
        if (!isLoopback(host) && !(allowRemote && token.isPresent())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Refusing to bind " + host + ": a non-loopback"
                    + " address needs --allow-remote and LOOPWRIGHT_API_TOKEN; loopback (127.0.0.1, ::1, localhost)"
                    + " needs neither");
        }
        if (token.isPresent() && token.get().length() < 16) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "LOOPWRIGHT_API_TOKEN must have at least 16 characters");
        }
        // Setting a dev-event token is what enables POST …/dev-event; it is never on by default.
        Optional<String> devEventToken = Optional.ofNullable(System.getenv("LOOPWRIGHT_DEV_EVENT_TOKEN"))
                .filter(t -> !t.isBlank());
        if (devEventToken.isPresent() && devEventToken.get().length() < 16) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "LOOPWRIGHT_DEV_EVENT_TOKEN must have at least 16 characters");
        }
        HttpSecurity security = new HttpSecurity(token, allowRemote,
                corsOrigins.stream().filter(o -> !o.isBlank()).toList(), false, RateLimits.DEFAULT, devEventToken);
        CountDownLatch stopped = new CountDownLatch(1);
        DataDirectory data = DataDirectory.resolve(Optional.ofNullable(dataDir), System.getenv(),
                Path.of(System.getProperty("user.home")));
        OpenCodeConnection openCode = openCodeBinary == null ? OpenCodeConnection.at(openCodeUrl, System.getenv())
                : OpenCodeConnection.managed(openCodeBinary, data.path(), Map.of());
        LoopwrightServer server;
        try {
            server = LoopwrightServer.start(new HttpServerSettings(host, port), data, security,
                    StreamSettings.DEFAULT, openCode.runtime());
        } catch (RuntimeException e) {
            openCode.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            openCode.close();
            stopped.countDown();
        }, "loopwright-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Loopwright data in " + data.path());
        out.println("Models through " + openCode.description());
        out.println("Loopwright listening on http://" + host + ":" + server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
