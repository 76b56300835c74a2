package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.OrganisationId;
import java.util.List;

/** The organisation's tokens (never their secrets), newest first. */
public interface ListApiTokensUseCase {

    List<ApiToken> listTokens(OrganisationId organisation);
}
