package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;

/** Issues a token for an owner or developer of the organisation; the secret is in the result only. */
public interface CreateApiTokenUseCase {

    IssuedToken createToken(OrganisationId organisation, MemberId member, String name);
}
