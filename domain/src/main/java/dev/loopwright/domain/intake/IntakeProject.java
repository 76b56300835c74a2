package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feedback-intake project: a website (feedback through the widget, {@code url} set) or a board (lists and
 * cards, no url). Not to be confused with a workflow project, which is a git repository.
 */
public record IntakeProject(IntakeProjectId id, OrganisationId organisationId, ClientId clientId, String name,
        ProjectType type, Optional<String> url, WidgetKey apiKey, Instant createdAt) {
    public IntakeProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(clientId, "clientId");
        name = Texts.required("name", name, 200);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        url.ifPresent(value -> Texts.limited("url", value, 2_000));
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
