package dev.loopwright.application.port.in;

import java.util.Optional;

/** Resolves a presented token to its caller; empty for an unknown, malformed or revoked token. */
public interface AuthenticateApiTokenUseCase {

    Optional<ApiCaller> authenticate(String presentedToken);
}
