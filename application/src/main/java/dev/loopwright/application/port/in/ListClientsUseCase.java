package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;

/** The clients of the caller's organisation, by name. */
public interface ListClientsUseCase {

    Page<Client> listClients(ApiCaller caller, PageRequest page);
}
