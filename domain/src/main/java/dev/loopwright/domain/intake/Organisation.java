package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;

/** A team using the feedback intake; every token, member, client and project belongs to one. */
public record Organisation(OrganisationId id, String name, Plan plan, Instant createdAt) {
    public Organisation {
        Objects.requireNonNull(id, "id");
        name = Texts.required("name", name, 200);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
