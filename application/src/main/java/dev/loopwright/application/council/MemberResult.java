package dev.loopwright.application.council;

import java.util.Objects;
import java.util.Optional;

/** How a member's part in a round ended, with its value when it completed. */
record MemberResult<V>(MemberReport report, Optional<V> value) {
    MemberResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(value, "value");
    }

    static <V> MemberResult<V> without(MemberReport report) {
        return new MemberResult<>(report, Optional.empty());
    }
}
