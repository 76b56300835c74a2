package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comment on a feedback item or a board card.
 *
 * @param authorId the member who wrote it; empty for a comment left through the widget by a reporter
 * @param mentions the project members the body names as {@code @user_id}, in order of first mention
 */
public record Comment(CommentId id, OrganisationId organisationId, SourceRef subject, Optional<MemberId> authorId,
        String authorName, String body, List<MemberId> mentions, Instant createdAt) {

    public static final int MAX_BODY = 10_000;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(authorId, "authorId");
        authorName = Texts.limited("author_name", authorName == null ? "" : authorName, 200);
        body = Texts.required("body", body, MAX_BODY);
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
