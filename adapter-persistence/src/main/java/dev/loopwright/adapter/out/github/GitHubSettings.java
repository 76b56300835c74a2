package dev.loopwright.adapter.out.github;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach GitHub's REST API: a token, and the API's base URL (tests point it at a stand-in; GitHub Enterprise
 * users at {@code https://<host>/api/v3}). Read once at startup; without a token pull requests are not opened and
 * tickets are delivered locally.
 */
public record GitHubSettings(String token, URI apiBase) {
    /** The token; {@value #FALLBACK_TOKEN_VARIABLE} is used when it is not set, as the gh CLI and Actions do. */
    public static final String TOKEN_VARIABLE = "LOOPWRIGHT_GITHUB_TOKEN";
    public static final String FALLBACK_TOKEN_VARIABLE = "GITHUB_TOKEN";
    public static final String API_URL_VARIABLE = "LOOPWRIGHT_GITHUB_API_URL";
    public static final URI DEFAULT_API = URI.create("https://api.github.com");

    public GitHubSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiBase, "apiBase");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the GitHub token is blank");
        }
        String scheme = apiBase.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("the GitHub API URL must be http(s): " + apiBase);
        }
    }

    /** The settings the environment gives, or empty when it names no token. */
    public static Optional<GitHubSettings> fromEnvironment(Map<String, String> environment) {
        Optional<String> token = Optional.ofNullable(environment.get(TOKEN_VARIABLE)).filter(t -> !t.isBlank())
                .or(() -> Optional.ofNullable(environment.get(FALLBACK_TOKEN_VARIABLE)).filter(t -> !t.isBlank()));
        URI api = Optional.ofNullable(environment.get(API_URL_VARIABLE)).filter(url -> !url.isBlank())
                .map(URI::create).orElse(DEFAULT_API);
        return token.map(value -> new GitHubSettings(value.strip(), api));
    }

    /** The API URL of {@code path} (which starts with {@code /}), keeping any path the base has. */
    URI resolve(String path) {
        String base = apiBase.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** Never print the token. */
    @Override
    public String toString() {
        return "GitHubSettings[apiBase=" + apiBase + "]";
    }
}
