package dev.loopwright.application.council;

import java.util.Objects;

/** A member's valid draft in our canonical serialisation. */
public record Draft(String member, String content) {
    public Draft {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(content, "content");
    }
}
