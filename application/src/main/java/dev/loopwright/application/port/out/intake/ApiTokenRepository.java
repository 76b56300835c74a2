package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Developer-API tokens: only hashes are stored, and a token is found by the hash of what a client presents. */
public interface ApiTokenRepository {

    ApiToken create(ApiToken token);

    Optional<ApiToken> findByHash(TokenHash hash);

    /** Newest first. */
    List<ApiToken> list(OrganisationId organisation);

    /** Marks the token revoked at {@code at} unless it already is; false when the organisation has no such token. */
    boolean revoke(OrganisationId organisation, ApiTokenId id, Instant at);
}
