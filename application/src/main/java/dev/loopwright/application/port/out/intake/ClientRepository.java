package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.util.Optional;

/** Clients, always read within one organisation. */
public interface ClientRepository {

    Client create(Client client);

    Optional<Client> findById(OrganisationId organisation, ClientId id);

    /** By name, then id. */
    Page<Client> list(OrganisationId organisation, PageRequest page);
}
