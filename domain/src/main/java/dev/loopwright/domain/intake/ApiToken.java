package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A developer-API token as stored: who it acts for and the hash of its secret. The secret itself is shown once
 * when the token is created and kept nowhere.
 *
 * @param prefix the first 4 hex digits after {@code tok_}, so a person can tell tokens apart (shown as
 *     {@code tok_3f9a…}); stored without {@code tok_} so no token-shaped text is ever in the database
 */
public record ApiToken(ApiTokenId id, OrganisationId organisationId, MemberId memberId, String name, String prefix,
        TokenHash hash, Instant createdAt, Optional<Instant> revokedAt) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(memberId, "memberId");
        name = Texts.required("name", name, 200);
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
