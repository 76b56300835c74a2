package dev.loopwright.application.intake.generation;

import dev.loopwright.domain.intake.SourceType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the model may read about the item a ticket is generated from: its text, a few labelled facts
 * (type, page URL, list, labels, …) and its comments. Built by the intake service from the stored item; the
 * generator never reads storage itself, so it can be tested with any item.
 *
 * @param facts labelled short values in the order they are shown, e.g. {@code type → bug}
 */
public record GenerationSource(SourceType kind, String id, String title, Optional<String> description,
        Map<String, String> facts, List<Comment> comments) {
    public GenerationSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        comments = List.copyOf(comments);
    }

    /** One comment on the item, oldest first. */
    public record Comment(String author, String body, Optional<Instant> createdAt) {
        public Comment {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
