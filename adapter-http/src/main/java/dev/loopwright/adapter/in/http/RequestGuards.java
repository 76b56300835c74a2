package dev.loopwright.adapter.in.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every {@code /api} request before its route runs, in this order: security headers, CORS, Host
 * header, rate limit, token, JSON body. Each refusal is an {@link ApiProblem} the error mapping turns into JSON.
 */
final class RequestGuards {
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    static final String TOKEN_HEADER = "X-Loopwright-Token";
    private static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final HttpSecurity security;
    private final String boundHost;
    private final RateLimiter rateLimiter;

    RequestGuards(HttpSecurity security, String boundHost, RateLimiter rateLimiter) {
        this.security = security;
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
        this.rateLimiter = rateLimiter;
    }

    void register(JavalinConfig config) {
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.routes.before("/api/*", this::guard);
        config.routes.before("/api", this::guard);
    }

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        boolean preflight = applyCors(ctx);
        if (preflight) {
            return;
        }
        try {
            // The /api/v1 developer API authenticates and rate-limits by its own bearer tokens, which no web page
            // can know, so the local UI's Host check, per-client limits and global token do not apply there.
            if (!isDeveloperApi(ctx.path())) {
                checkHost(ctx);
                rateLimiter.check(ctx, security.trustProxy());
                checkToken(ctx);
            }
            JsonBody.check(ctx);
        } catch (ApiProblem refused) {
            discardUnreadBody(ctx);
            throw refused;
        }
    }

    /**
     * A refusal sent while the client is still uploading makes the connection close under it, and many clients
     * then report a broken connection instead of our answer. Reading the rest of a reasonably sized body first
     * lets them see the JSON error; anything larger is simply cut off.
     */
    private static void discardUnreadBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared <= 0 || declared > MAX_DISCARDED_BYTES) {
            return;
        }
        try {
            ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // The body was already read, or the client went away: nothing left to discard.
        }
    }

    /** Answers a CORS preflight itself; returns whether it did. Only configured origins get CORS headers. */
    private boolean applyCors(Context ctx) {
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && security.corsOrigins().contains(origin);
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
        }
        if (ctx.method() != HandlerType.OPTIONS) {
            return false;
        }
        if (!allowed) {
            throw new ApiProblem(403, "Origin not allowed");
        }
        ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
        ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization, Last-Event-ID, " + TOKEN_HEADER);
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
        ctx.skipRemainingHandlers();
        return true;
    }

    /** DNS rebinding: a page on another name resolving to 127.0.0.1 must not reach us. */
    private void checkHost(Context ctx) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("").toLowerCase(Locale.ROOT);
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        if (!name.equals(boundHost) && !LOOPBACK_NAMES.contains(name) && !isLoopbackLiteral(name)) {
            throw new ApiProblem(403, "Host not allowed: " + host);
        }
    }

    private static boolean isLoopbackLiteral(String name) {
        if (!name.matches("[0-9.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void checkToken(Context ctx) {
        if (security.apiToken().isEmpty()) {
            return;
        }
        String presented = presentedToken(ctx);
        if (presented == null || !constantTimeEquals(presented, security.apiToken().get())) {
            throw new ApiProblem(401, "Unauthorized", Map.of("WWW-Authenticate", "Bearer"));
        }
    }

    private static String presentedToken(Context ctx) {
        String header = ctx.header(TOKEN_HEADER);
        if (header != null && !header.isEmpty()) {
            return header;
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        // Browsers cannot set headers on an EventSource, so the stream alone accepts the token in the query.
        if (ctx.path().equals("/api/stream")) {
            return ctx.queryParam("apiToken");
        }
        return null;
    }

    static boolean isDeveloperApi(String path) {
        return path.equals("/api/v1") || path.startsWith("/api/v1/");
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
