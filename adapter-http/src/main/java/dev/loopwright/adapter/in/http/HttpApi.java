package dev.loopwright.adapter.in.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loopwright's HTTP API. Mount it into a host application's Javalin with {@link #configure}, or run it on
 * its own with {@link #start}.
 */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private final HttpUseCases useCases;
    private final HttpSecurity security;
    private final TicketStreams streams;
    private final Clock clock;
    private volatile List<ApiRoutes.Route> registered = List.of();
    private final List<Consumer<JavalinConfig>> mounted = new CopyOnWriteArrayList<>();

    /** {@code streams} serves {@code GET /api/stream}; it hears only what the application publishes to it. */
    public HttpApi(HttpUseCases useCases, HttpSecurity security, TicketStreams streams, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.security = Objects.requireNonNull(security, "security");
        this.streams = Objects.requireNonNull(streams, "streams");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers the guards, routes, JSON mapper and error handling on a host's Javalin configuration. The
     * Host-header check accepts loopback names and {@code config.jetty.host}, so set that first.
     */
    public void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(JsonMapper.create(), false));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        String host = config.jetty.host == null ? HttpServerSettings.LOOPBACK : config.jetty.host;
        new RequestGuards(security, host, new RateLimiter(security.rateLimits(), clock)).register(config);
        ErrorMapping.register(config);
        ApiRoutes routes = new ApiRoutes(config);
        new HealthRoutes(clock, useCases).register(routes);
        new ModelRoutes(useCases).register(routes);
        new WorkflowRoutes(useCases.describeWorkflow()).register(routes);
        new ProfileRoutes(useCases).register(routes);
        new ProjectRoutes(useCases).register(routes);
        new TicketRoutes(useCases).register(routes);
        new WorkflowActionRoutes(useCases, security).register(routes);
        new OpenCodeQuestionRoutes(useCases).register(routes);
        new InterviewRoutes(useCases).register(routes);
        new LogRoutes(useCases).register(routes);
        new PrdRoutes(useCases).register(routes);
        new BeadsRoutes(useCases).register(routes);
        new ExecutionSetupRoutes(useCases).register(routes);
        new DeliveryRoutes(useCases).register(routes);
        new StreamRoutes(useCases.getTicket(), streams).register(routes);
        OpenApiDocument.register(routes);
        mounted.forEach(api -> api.accept(config));
        registered = routes.registered();
    }

    /**
     * Adds another API to every later {@link #configure}, after this one's guards and error handling, e.g. the
     * {@code /api/v1} developer API. It keeps its own list of routes and its own OpenAPI document.
     */
    public HttpApi mount(Consumer<JavalinConfig> api) {
        mounted.add(Objects.requireNonNull(api, "api"));
        return this;
    }

    /** The routes the last {@link #configure} call registered. */
    List<ApiRoutes.Route> registeredRoutes() {
        return registered;
    }

    /**
     * Starts a standalone server; stop it with {@link Javalin#stop()}. A non-loopback address needs both
     * {@code allowRemote} and a token: an open API on a network would hand the machine to anyone on it.
     */
    public Javalin start(HttpServerSettings settings) {
        boolean loopback = isLoopback(settings.host());
        if (!loopback && !(security.allowRemote() && security.apiToken().isPresent())) {
            throw new IllegalArgumentException("Refusing to bind " + settings.host() + ": a non-loopback address"
                    + " needs remote access to be allowed and an API token to be configured");
        }
        if (security.apiToken().isEmpty()) {
            LOG.warn("No API token configured: the API on {} accepts every local request", settings.host());
        }
        return Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            configure(config);
        }).start();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
