package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.OrganisationId;

/** Revokes a token of the organisation; it is refused from then on. Revoking twice is a no-op. */
public interface RevokeApiTokenUseCase {

    void revokeToken(OrganisationId organisation, ApiTokenId id);
}
