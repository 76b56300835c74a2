package dev.loopwright.adapter.out.opencode;

import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedOpenCodeHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code opencode serve} (the pinned version the build installed) whose only provider is a scripted model
 * server, isolated from the machine's own OpenCode setup by its own home, config and data folders.
 */
final class RealOpenCode implements AutoCloseable {
    static final String PROVIDER = ScriptedOpenCodeHome.PROVIDER;
    static final String MODEL = PROVIDER + "/" + Script.DEFAULT_MODEL;

    private final ScriptedModelServer model;
    private final ManagedOpenCode server;
    private final Path root;

    private RealOpenCode(ScriptedModelServer model, ManagedOpenCode server, Path root) {
        this.model = model;
        this.server = server;
        this.root = root;
    }

    static RealOpenCode start(Script script, Path root) throws IOException {
        ScriptedModelServer model = ScriptedModelServer.start(script);
        try {
            Path home = root.resolve("home");
            Map<String, String> environment = ScriptedOpenCodeHome.prepare(home, model);
            ManagedOpenCode server = ManagedOpenCode.start(new ManagedOpenCode.Launch(binary(), home, environment,
                    Duration.ofSeconds(60)));
            return new RealOpenCode(model, server, root);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The binary the build installed; its absence is a broken build, never a reason to skip. */
    static Path binary() {
        String binary = System.getProperty("opencode.binary");
        if (binary == null || !Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException("no OpenCode binary at '" + binary
                    + "': run the tests through Maven, which installs the pinned version");
        }
        return Path.of(binary);
    }

    ScriptedModelServer model() {
        return model;
    }

    ManagedOpenCode server() {
        return server;
    }

    OpenCodeModelRuntime runtime(int providerRetryLimit) {
        return new OpenCodeModelRuntime(OpenCodeSettings.at(server.baseUri())
                .withProviderRetryLimit(providerRetryLimit), server::baseUri);
    }

    /** Waits until the agent (not OpenCode's own side requests) has asked the model about {@code text}. */
    boolean awaitAgentRequest(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            int seen = model.requests().size();
            if (model.requests().stream().anyMatch(r -> !r.isSideRequest() && r.lastUserText().contains(text))) {
                return true;
            }
            Duration left = Duration.ofNanos(end - System.nanoTime());
            if (left.isNegative() || !model.awaitRequests(seen + 1, left)) {
                return false;
            }
        }
    }

    /** A fresh git repository for one session to work in. */
    Path newRepository(String name) throws IOException, InterruptedException {
        Path repository = Files.createDirectories(root.resolve("repositories").resolve(name)).toRealPath();
        Process init = new ProcessBuilder("git", "init", "-q", repository.toString()).inheritIO().start();
        if (!init.waitFor(30, TimeUnit.SECONDS) || init.exitValue() != 0) {
            throw new IOException("git init failed in " + repository);
        }
        return repository;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            model.close();
        }
    }
}
