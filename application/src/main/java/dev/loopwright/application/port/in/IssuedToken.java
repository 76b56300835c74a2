package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.ApiToken;
import java.util.Objects;

/** A token just created: the stored record and its secret, which is shown once and kept nowhere. */
public record IssuedToken(ApiToken token, String secret) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    /** Never the secret, so a logged result cannot leak it. */
    @Override
    public String toString() {
        return "IssuedToken[" + token.id() + ", tok_" + token.prefix() + "…]";
    }
}
