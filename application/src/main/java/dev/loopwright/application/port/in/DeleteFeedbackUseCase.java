package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackId;

/** Deletes a feedback item with its comments; the tickets generated from it stay. */
public interface DeleteFeedbackUseCase {

    void deleteFeedback(ApiCaller caller, FeedbackId id);
}
