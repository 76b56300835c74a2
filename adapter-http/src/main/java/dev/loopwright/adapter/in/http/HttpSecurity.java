package dev.loopwright.adapter.in.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call the API and how often.
 *
 * @param apiToken when present, every request must carry it; when absent the API is open, which is only
 *     allowed on a loopback address
 * @param allowRemote whether a non-loopback bind is allowed at all (it also needs a token)
 * @param corsOrigins browser origins allowed to call the API; empty means none
 * @param trustProxy whether X-Forwarded-For / X-Real-IP identify the client for rate limiting
 * @param devEventToken when present, {@code POST …/dev-event} is enabled for callers presenting it
 */
public record HttpSecurity(Optional<String> apiToken, boolean allowRemote, List<String> corsOrigins,
        boolean trustProxy, RateLimits rateLimits, Optional<String> devEventToken) {

    public static final HttpSecurity LOCAL_OPEN =
            new HttpSecurity(Optional.empty(), false, List.of(), false, RateLimits.DEFAULT);

    public HttpSecurity(Optional<String> apiToken, boolean allowRemote, List<String> corsOrigins, boolean trustProxy,
            RateLimits rateLimits) {
        this(apiToken, allowRemote, corsOrigins, trustProxy, rateLimits, Optional.empty());
    }

    public HttpSecurity {
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(devEventToken, "devEventToken");
        Objects.requireNonNull(rateLimits, "rateLimits");
        corsOrigins = List.copyOf(corsOrigins);
        apiToken.ifPresent(token -> {
            if (token.length() < 16) {
                throw new IllegalArgumentException("an API token needs at least 16 characters");
            }
        });
        devEventToken.ifPresent(token -> {
            if (token.length() < 16) {
                throw new IllegalArgumentException("a dev-event token needs at least 16 characters");
            }
        });
    }

    public HttpSecurity withDevEventToken(Optional<String> token) {
        return new HttpSecurity(apiToken, allowRemote, corsOrigins, trustProxy, rateLimits, token);
    }
}
