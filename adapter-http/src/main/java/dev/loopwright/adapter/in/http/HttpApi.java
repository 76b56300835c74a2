package dev.loopwright.adapter.in.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Objects;

/**
 * Loopwright's HTTP API. Mount it into a host application's Javalin with {@link #configure}, or run it on
 * its own with {@link #start}.
 */
public final class HttpApi {
    private final HttpUseCases useCases;
    private final Clock clock;

    public HttpApi(HttpUseCases useCases, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers the routes, the JSON mapper and the error handling on a host's Javalin configuration. */
    public void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(JsonMapper.create(), false));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        ErrorMapping.register(config);
        new HealthRoutes(clock).register(config);
        new WorkflowRoutes(useCases.describeWorkflow()).register(config);
    }

    /** Starts a standalone server; stop it with {@link Javalin#stop()}. */
    public Javalin start(HttpServerSettings settings) {
        return Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            configure(config);
        }).start();
    }
}
