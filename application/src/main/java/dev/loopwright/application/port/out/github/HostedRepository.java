package dev.loopwright.application.port.out.github;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A repository on GitHub, {@code owner/name}, as an {@code origin} URL names it. */
public record HostedRepository(String owner, String name) {
    private static final String PART = "[A-Za-z0-9_.-]+";
    /** {@code git@github.com:owner/repo(.git)}, the scp-like form git accepts for SSH. */
    private static final Pattern SCP = Pattern.compile("^[A-Za-z0-9_.-]+@([A-Za-z0-9.-]+):/?(" + PART + ")/("
            + PART + ")/?$");
    /** {@code https://github.com/owner/repo(.git)}, also with {@code ssh://}, {@code git://} and a user part. */
    private static final Pattern URL = Pattern.compile("^(?:https?|ssh|git)://(?:[^@/]+@)?([A-Za-z0-9.-]+)(?::\\d+)?/("
            + PART + ")/(" + PART + ")/?$");
    private static final String GITHUB = "github.com";

    public HostedRepository {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        if (!owner.matches(PART) || !name.matches(PART)) {
            throw new IllegalArgumentException("not an owner/name pair: " + owner + "/" + name);
        }
    }

    /** The GitHub repository {@code originUrl} points at, or empty for any other host or shape. */
    public static Optional<HostedRepository> fromGitHubUrl(String originUrl) {
        if (originUrl == null) {
            return Optional.empty();
        }
        String url = originUrl.trim();
        for (Pattern pattern : new Pattern[] {URL, SCP}) {
            Matcher matcher = pattern.matcher(url);
            if (matcher.matches() && matcher.group(1).toLowerCase(Locale.ROOT).equals(GITHUB)) {
                String name = matcher.group(3);
                name = name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
                return name.isEmpty() ? Optional.empty() : Optional.of(new HostedRepository(matcher.group(2), name));
            }
        }
        return Optional.empty();
    }

    public String slug() {
        return owner + "/" + name;
    }
}
