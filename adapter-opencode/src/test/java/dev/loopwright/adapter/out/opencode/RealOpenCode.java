package dev.loopwright.adapter.out.opencode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopwright.adapter.out.opencode.scripted.Script;
import dev.loopwright.adapter.out.opencode.scripted.ScriptedModelServer;
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
    static final String PROVIDER = "scripted";
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
            Path home = Files.createDirectories(root.resolve("home"));
            Path config = home.resolve("opencode.json");
            Files.writeString(config, OpenCodeHttp.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(config(model.baseUrl())));
            Map<String, String> environment = Map.of(
                    "HOME", home.toString(),
                    "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                    "XDG_DATA_HOME", home.resolve(".local/share").toString(),
                    "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                    "XDG_STATE_HOME", home.resolve(".local/state").toString(),
                    "OPENCODE_CONFIG", config.toString(),
                    "OPENCODE_DISABLE_AUTOUPDATE", "1",
                    "OPENCODE_DISABLE_MODELS_FETCH", "1");
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

    private static ObjectNode config(String baseUrl) {
        ObjectNode config = OpenCodeHttp.JSON.createObjectNode();
        ObjectNode provider = config.putObject("provider").putObject(PROVIDER);
        provider.put("npm", "@ai-sdk/openai-compatible").put("name", "Scripted");
        provider.putObject("options").put("baseURL", baseUrl).put("apiKey", "scripted");
        ObjectNode model = provider.putObject("models").putObject(Script.DEFAULT_MODEL);
        model.put("name", "Echo").put("tool_call", true);
        model.putObject("limit").put("context", 100_000).put("output", 4_000);
        config.put("model", MODEL).put("small_model", MODEL).put("autoupdate", false).put("share", "disabled");
        // Only the scripted provider: the bundled ones would reach for the internet.
        config.putArray("enabled_providers").add(PROVIDER);
        return config;
    }
}
