package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.OrganisationId;
import java.util.Optional;

/** Creates a client in an organisation (administration). */
public interface CreateClientUseCase {

    Client createClient(OrganisationId organisation, String name, Optional<String> email);
}
