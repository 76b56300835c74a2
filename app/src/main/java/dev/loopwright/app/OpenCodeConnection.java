package dev.loopwright.app;

import dev.loopwright.adapter.out.opencode.ManagedOpenCode;
import dev.loopwright.adapter.out.opencode.OpenCodeModelRuntime;
import dev.loopwright.adapter.out.opencode.OpenCodeSettings;
import dev.loopwright.application.port.out.ModelRuntime;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The OpenCode server the models run on: one already running at an address, or one we run ourselves. */
final class OpenCodeConnection implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ModelRuntime runtime;
    private final Optional<ManagedOpenCode> managed;
    private final String description;

    private OpenCodeConnection(ModelRuntime runtime, Optional<ManagedOpenCode> managed, String description) {
        this.runtime = runtime;
        this.managed = managed;
        this.description = description;
    }

    /** An OpenCode someone else runs; nothing is contacted until the first call. */
    static OpenCodeConnection at(URI address, Map<String, String> environment) {
        OpenCodeSettings settings = OpenCodeSettings.fromEnvironment(environment).withBaseUri(address);
        return new OpenCodeConnection(new OpenCodeModelRuntime(settings), Optional.empty(), "OpenCode at " + address);
    }

    /**
     * Starts {@code opencode serve} from {@code binary} and waits until it listens.
     *
     * @param environment added to ours for the child, e.g. a config of its own
     */
    static OpenCodeConnection managed(Path binary, Path workingDirectory, Map<String, String> environment) {
        ManagedOpenCode server = ManagedOpenCode.start(new ManagedOpenCode.Launch(binary, workingDirectory,
                environment, START_TIMEOUT));
        // The child inherits our environment plus the additions, OpenCode's password variables included.
        Map<String, String> childEnvironment = new HashMap<>(System.getenv());
        childEnvironment.putAll(environment);
        OpenCodeSettings settings = OpenCodeSettings.fromEnvironment(childEnvironment).withBaseUri(server.baseUri());
        return new OpenCodeConnection(new OpenCodeModelRuntime(settings, server::baseUri), Optional.of(server),
                "managed OpenCode at " + server.baseUri());
    }

    ModelRuntime runtime() {
        return runtime;
    }

    /** For the startup message. */
    String description() {
        return description;
    }

    /** The managed server's address; empty for an OpenCode someone else runs. */
    Optional<URI> managedAddress() {
        return managed.map(ManagedOpenCode::baseUri);
    }

    @Override
    public void close() {
        managed.ifPresent(ManagedOpenCode::close);
    }
}
