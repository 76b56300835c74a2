package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.MemberRole;
import dev.loopwright.domain.intake.OrganisationId;
import java.util.Objects;
import java.util.Optional;

/** A person to add to an organisation; without a user id one is generated. */
public record AddMemberCommand(OrganisationId organisation, Optional<MemberId> userId, String displayName,
        String email, MemberRole role) {
    public AddMemberCommand {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }
}
