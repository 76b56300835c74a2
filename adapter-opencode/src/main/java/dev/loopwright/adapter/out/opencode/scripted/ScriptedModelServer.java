package dev.loopwright.adapter.out.opencode.scripted;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server on loopback that answers from a {@link Script}: a stand-in
 * model for OpenCode in tests and offline demos. It records every chat request it receives.
 *
 * <p>OpenCode reaches it as a provider in {@code opencode.json}:
 * {@code "provider": {"scripted": {"npm": "@ai-sdk/openai-compatible", "options": {"baseURL": <baseUrl()>,
 * "apiKey": "x"}, "models": {"echo": {}}}}}, then {@code -m scripted/echo}.
 */
public final class ScriptedModelServer implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final List<String> models;
    private final ExecutorService executor;
    private final RequestLog log;
    private final CountDownLatch closing;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ScriptedModelServer(HttpServer server, List<String> models, ExecutorService executor, RequestLog log,
            CountDownLatch closing) {
        this.server = server;
        this.models = models;
        this.executor = executor;
        this.log = log;
        this.closing = closing;
    }

    /** Starts serving on 127.0.0.1 at a free port. */
    public static ScriptedModelServer start(Script script) throws IOException {
        RequestLog log = new RequestLog();
        CountDownLatch closing = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", new Routes(script.models(), Instant.now().getEpochSecond(),
                new ChatCompletionsHandler(script, log, closing)));
        // A thread per open request: hanging and delayed requests must not hold up the others.
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "scripted-model-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new ScriptedModelServer(server, script.models(), executor, log, closing);
    }

    /** The OpenAI base URL, {@code http://127.0.0.1:<port>/v1}, as a provider's {@code baseURL} wants it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The model ids it lists at {@code /v1/models}; the first is the script's main model. */
    public List<String> models() {
        return models;
    }

    /** The chat requests received so far, in arrival order; malformed ones are not among them. */
    public List<ChatRequest> requests() {
        return log.snapshot();
    }

    /** Waits until at least {@code count} chat requests arrived; false when the timeout ran out first. */
    public boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
        return log.await(count, timeout);
    }

    /** Stops serving; requests still waiting in a delay or a hang are dropped at once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
