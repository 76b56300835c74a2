package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A customer of the organisation; its projects are grouped under it. */
public record Client(ClientId id, OrganisationId organisationId, String name, Optional<String> email,
        Instant createdAt) {
    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        name = Texts.required("name", name, 200);
        Objects.requireNonNull(email, "email");
        email.ifPresent(value -> Texts.limited("email", value, 320));
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
