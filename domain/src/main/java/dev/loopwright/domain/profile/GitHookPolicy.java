package dev.loopwright.domain.profile;

import dev.loopwright.domain.common.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the repository's own git hooks are treated on the commits Loopwright makes. */
public enum GitHookPolicy {
    VALIDATE_EXPLICITLY,
    USE_ON_INTERNAL_COMMITS,
    IGNORE_INTERNAL_ONLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GitHookPolicy fromWireName(String value) {
        for (GitHookPolicy policy : values()) {
            if (policy.wireName().equals(value)) {
                return policy;
            }
        }
        throw ValidationException.of("gitHookPolicy", "gitHookPolicy must be one of "
                + Arrays.stream(values()).map(GitHookPolicy::wireName).collect(Collectors.joining(", ")));
    }
}
