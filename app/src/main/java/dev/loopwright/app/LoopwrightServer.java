package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpApi;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.HttpUseCases;
import dev.loopwright.application.service.DescribeWorkflowService;
import io.javalin.Javalin;
import java.time.Clock;

/** Wires the use cases to the HTTP adapter and runs it: the server's composition root. */
public final class LoopwrightServer implements AutoCloseable {
    private final Javalin javalin;

    private LoopwrightServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static LoopwrightServer start(HttpServerSettings settings) {
        HttpUseCases useCases = new HttpUseCases(new DescribeWorkflowService());
        return new LoopwrightServer(new HttpApi(useCases, Clock.systemUTC()).start(settings));
    }

    /** The port actually bound (useful after asking for port 0). */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
