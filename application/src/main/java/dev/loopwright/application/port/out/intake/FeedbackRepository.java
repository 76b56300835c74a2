package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.FeedbackStatus;
import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Feedback items, always read within one organisation. */
public interface FeedbackRepository {

    /** What a feedback item is created from; the store gives it the next position in its project. */
    record NewFeedbackItem(FeedbackId id, OrganisationId organisationId, IntakeProjectId projectId, String title,
            String description, FeedbackStatus status, FeedbackType type, String pageUrl, Reporter reporter,
            Optional<String> screenshotUrl, Optional<String> recordingUrl, RawJson annotations, RawJson browserInfo,
            Instant createdAt) {
        public NewFeedbackItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(screenshotUrl, "screenshotUrl");
            Objects.requireNonNull(recordingUrl, "recordingUrl");
            Objects.requireNonNull(annotations, "annotations");
            Objects.requireNonNull(browserInfo, "browserInfo");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    FeedbackItem create(NewFeedbackItem item);

    Optional<FeedbackItem> findById(OrganisationId organisation, FeedbackId id);

    /** Newest first (then id), the filters combined with AND; {@code total} counts every match. */
    Page<FeedbackItem> list(OrganisationId organisation, FeedbackFilter filter, PageRequest page);

    /** Saves title, description, status, type and updated time. */
    void update(FeedbackItem item);

    /** Deletes the item and the comments on it in one transaction; false when there was none. */
    boolean delete(OrganisationId organisation, FeedbackId id);

    /** Items the organisation received at or after {@code since}, for the monthly quota. */
    int countCreatedSince(OrganisationId organisation, Instant since);
}
