package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;

/** Triage edit of a feedback item (status, title, description, type); at least one change. */
public interface UpdateFeedbackUseCase {

    FeedbackItem updateFeedback(ApiCaller caller, FeedbackId id, FeedbackChanges changes);
}
