package dev.loopwright.adapter.in.http.v1;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@code /api/v1} developer API of the feedback intake: projects, feedback, comments, boards, clients,
 * developer tickets and tokens, authenticated by organisation-scoped bearer tokens ({@code tok_…}) and
 * rate-limited per token by plan. Mount it beside the main API ({@code HttpApi.mount}) or on any Javalin config.
 *
 * <p>The main API's Host-header check and its global token do not apply here: they protect the local UI from
 * other web pages, whereas every route here except the OpenAPI document needs a token no page can know.
 */
public final class DeveloperApi implements Consumer<JavalinConfig> {
    public static final String PREFIX = "/api/v1";
    static final String OPENAPI_PATH = PREFIX + "/openapi.json";
    static final Set<String> PUBLIC_PATHS = Set.of(OPENAPI_PATH);
    static final String OPENAPI_RESOURCE = "openapi-v1.json";

    private final IntakeUseCases useCases;
    private final Clock clock;
    private volatile List<String> registered = List.of();
    private final List<Consumer<V1Routes>> extensions = new CopyOnWriteArrayList<>();

    public DeveloperApi(IntakeUseCases useCases, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void accept(JavalinConfig config) {
        configure(config);
    }

    public void configure(JavalinConfig config) {
        config.routes.exception(V1Problem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            ctx.status(e.status()).json(Map.of("error", e.getMessage()));
        });
        TokenAuthentication authentication = new TokenAuthentication(useCases.authenticate(),
                new TokenRateLimiter(clock));
        config.routes.before(PREFIX + "/*", authentication::check);
        V1Routes routes = new V1Routes(config);
        byte[] openApi = openApiDocument();
        routes.publicGet(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openApi));
        new V1ProjectRoutes(useCases).register(routes);
        new V1FeedbackRoutes(useCases).register(routes);
        new V1CommentRoutes(useCases).register(routes);
        new V1BoardRoutes(useCases).register(routes);
        new V1TicketRoutes(useCases).register(routes);
        new V1TokenRoutes(useCases).register(routes);
        extensions.forEach(extension -> extension.accept(routes));
        registered = routes.registered();
    }

    /**
     * Adds routes (e.g. ticket generation and promotion) registered after the built-in ones, with the same token
     * authentication, rate limit and error mapping: a {@link V1Handler} gets the caller, throws {@link V1Problem}
     * for a refusal, and reads bodies with {@link V1Body}. Document them in {@code openapi-v1.json} too.
     */
    public DeveloperApi extend(Consumer<V1Routes> routes) {
        extensions.add(Objects.requireNonNull(routes, "routes"));
        return this;
    }

    /** The routes the last {@link #configure} registered, as {@code "get /api/v1/…"} (OpenAPI path syntax). */
    public List<String> registeredRoutes() {
        return registered;
    }

    /** The OpenAPI 3.1 document of this API, as served at {@code GET /api/v1/openapi.json}. */
    public static byte[] openApiDocument() {
        try (InputStream in = DeveloperApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the developer API's OpenAPI document is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
