package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;

/** A person in an organisation, with the role that decides what their tokens may do. */
public record Member(OrganisationId organisationId, MemberId userId, String displayName, String email, MemberRole role,
        Instant createdAt) {
    public Member {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(userId, "userId");
        displayName = Texts.required("display_name", displayName, 200);
        email = Texts.limited("email", email, 320);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
