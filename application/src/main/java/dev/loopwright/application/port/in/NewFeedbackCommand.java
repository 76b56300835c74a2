package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackType;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.RawJson;
import dev.loopwright.domain.intake.Reporter;
import java.util.Objects;
import java.util.Optional;

/** A feedback item to receive; it starts with status new, at the end of its project's ordering. */
public record NewFeedbackCommand(IntakeProjectId projectId, String title, String description, FeedbackType type,
        String pageUrl, Reporter reporter, Optional<String> screenshotUrl, Optional<String> recordingUrl,
        RawJson annotations, RawJson browserInfo) {
    public NewFeedbackCommand {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(screenshotUrl, "screenshotUrl");
        Objects.requireNonNull(recordingUrl, "recordingUrl");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(browserInfo, "browserInfo");
    }
}
