package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.ProjectType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A website or board project to create under a client. {@code members} get access to it (listed as its members);
 * a website has a url, a board has none.
 */
public record CreateIntakeProjectCommand(OrganisationId organisation, ClientId clientId, String name, ProjectType type,
        Optional<String> url, List<MemberId> members) {
    public CreateIntakeProjectCommand {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        members = List.copyOf(members);
    }
}
