package dev.loopwright.domain.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of feedback captured on a website project (or sent through the API).
 *
 * @param annotations what the reporter marked on the page (a JSON array), detail only
 * @param browserInfo the reporter's browser, screen and OS (a JSON object), detail only
 * @param position the item's place in its project's ordering
 */
public record FeedbackItem(FeedbackId id, OrganisationId organisationId, IntakeProjectId projectId, String title,
        String description, FeedbackStatus status, FeedbackType type, String pageUrl, Reporter reporter,
        Optional<String> screenshotUrl, Optional<String> recordingUrl, RawJson annotations, RawJson browserInfo,
        int position, Instant createdAt, Instant updatedAt) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_URL = 2_000;

    public FeedbackItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(projectId, "projectId");
        title = Texts.required("title", title, MAX_TITLE);
        description = Texts.limited("description", description == null ? "" : description, MAX_DESCRIPTION);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        pageUrl = Texts.limited("page_url", pageUrl == null ? "" : pageUrl, MAX_URL);
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(screenshotUrl, "screenshotUrl");
        screenshotUrl.ifPresent(value -> Texts.limited("screenshot_url", value, MAX_URL));
        Objects.requireNonNull(recordingUrl, "recordingUrl");
        recordingUrl.ifPresent(value -> Texts.limited("recording_url", value, MAX_URL));
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(browserInfo, "browserInfo");
        if (position < 0) {
            throw new IllegalArgumentException("a position is not negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The item after a triage edit; fields left empty keep their value. */
    public FeedbackItem edited(Optional<FeedbackStatus> newStatus, Optional<String> newTitle,
            Optional<String> newDescription, Optional<FeedbackType> newType, Instant now) {
        return new FeedbackItem(id, organisationId, projectId, newTitle.orElse(title),
                newDescription.orElse(description), newStatus.orElse(status), newType.orElse(type), pageUrl, reporter,
                screenshotUrl, recordingUrl, annotations, browserInfo, position, createdAt, now);
    }
}
