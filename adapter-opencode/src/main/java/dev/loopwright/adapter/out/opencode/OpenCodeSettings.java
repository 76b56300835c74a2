package dev.loopwright.adapter.out.opencode;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an OpenCode server and how patient to be with it.
 *
 * @param callTimeout         deadline of every short call (health, catalog, sessions, questions)
 * @param providerRetryLimit  provider failures OpenCode may retry on its own before we give up on a prompt;
 *                            OpenCode otherwise retries rate limits and 5xx forever
 */
public record OpenCodeSettings(URI baseUri, Optional<String> password, String username, Duration callTimeout,
        int providerRetryLimit) {
    public static final URI DEFAULT_URI = URI.create("http://127.0.0.1:4096");
    public static final String URL_VARIABLE = "LOOPWRIGHT_OPENCODE_URL";

    public OpenCodeSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (providerRetryLimit < 1) {
            throw new IllegalArgumentException("providerRetryLimit must be at least 1");
        }
    }

    public static OpenCodeSettings at(URI baseUri) {
        return new OpenCodeSettings(baseUri, Optional.empty(), "opencode", Duration.ofSeconds(10), 3);
    }

    /** The URL from {@value #URL_VARIABLE}, and OpenCode's own server password variables when set. */
    public static OpenCodeSettings fromEnvironment(Map<String, String> environment) {
        URI uri = Optional.ofNullable(environment.get(URL_VARIABLE)).filter(s -> !s.isBlank()).map(URI::create)
                .orElse(DEFAULT_URI);
        return at(uri).withPassword(Optional.ofNullable(environment.get("OPENCODE_SERVER_PASSWORD")),
                environment.getOrDefault("OPENCODE_SERVER_USERNAME", "opencode"));
    }

    public OpenCodeSettings withBaseUri(URI uri) {
        return new OpenCodeSettings(uri, password, username, callTimeout, providerRetryLimit);
    }

    public OpenCodeSettings withPassword(Optional<String> newPassword, String newUsername) {
        return new OpenCodeSettings(baseUri, newPassword.filter(p -> !p.isEmpty()), newUsername, callTimeout,
                providerRetryLimit);
    }

    public OpenCodeSettings withProviderRetryLimit(int limit) {
        return new OpenCodeSettings(baseUri, password, username, callTimeout, limit);
    }

    public OpenCodeSettings withCallTimeout(Duration timeout) {
        return new OpenCodeSettings(baseUri, password, username, timeout, providerRetryLimit);
    }
}
