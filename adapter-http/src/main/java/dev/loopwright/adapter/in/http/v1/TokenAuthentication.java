package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.AuthenticateApiTokenUseCase;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs before every {@code /api/v1} route but the public OpenAPI document: the bearer token names the caller
 * (401 without a valid one, 403 when the plan has no API access), then the token's rate limit applies (429).
 */
final class TokenAuthentication {
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

    private final AuthenticateApiTokenUseCase authenticate;
    private final TokenRateLimiter limiter;

    TokenAuthentication(AuthenticateApiTokenUseCase authenticate, TokenRateLimiter limiter) {
        this.authenticate = authenticate;
        this.limiter = limiter;
    }

    void check(Context ctx) {
        if (DeveloperApi.PUBLIC_PATHS.contains(ctx.path())) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            throw new V1Problem(401, "Missing bearer token", CHALLENGE);
        }
        Optional<ApiCaller> caller;
        try {
            caller = authenticate.authenticate(authorization.substring(7).trim());
        } catch (ForbiddenException e) {
            throw new V1Problem(403, e.getMessage());
        }
        if (caller.isEmpty()) {
            throw new V1Problem(401, "Invalid or revoked token", CHALLENGE);
        }
        ApiCaller known = caller.get();
        TokenRateLimiter.Decision decision = known.tokenId()
                .map(token -> limiter.acquire(token, known.organisation().plan()))
                .orElseThrow(() -> new V1Problem(401, "Invalid or revoked token", CHALLENGE));
        Map<String, String> headers = Map.of(
                "X-RateLimit-Limit", Integer.toString(decision.limit()),
                "X-RateLimit-Remaining", Integer.toString(decision.remaining()),
                "X-RateLimit-Reset", Long.toString(decision.resetEpochSeconds()));
        if (!decision.allowed()) {
            Map<String, String> refusal = new HashMap<>(headers);
            refusal.put("Retry-After", Long.toString(decision.retryAfterSeconds()));
            throw new V1Problem(429, "Rate limit exceeded: " + decision.limit() + " requests per "
                    + decision.window() + " for this token; retry after "
                    + decision.retryAfterSeconds() + " s", refusal);
        }
        headers.forEach(ctx::header);
        ApiCallerContext.set(ctx, known);
    }
}
