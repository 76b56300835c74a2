package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who calls the developer API: a member of an organisation, usually through a token. Every intake use case takes
 * one, scopes what it reads and writes to {@link #organisationId()}, and refuses writes to viewers.
 *
 * @param tokenId the token used; empty for a caller built in-process (tests, an embedding application)
 */
public record ApiCaller(Organisation organisation, Member member, Optional<ApiTokenId> tokenId) {
    public ApiCaller {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(tokenId, "tokenId");
        if (!member.organisationId().equals(organisation.id())) {
            throw new IllegalArgumentException("a caller is a member of the organisation it acts for");
        }
    }

    public OrganisationId organisationId() {
        return organisation.id();
    }

    public boolean mayWrite() {
        return member.role().mayWrite();
    }
}
