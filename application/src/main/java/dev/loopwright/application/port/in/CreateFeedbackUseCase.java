package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackItem;

/** Receives a feedback item on a website project, within the plan's monthly feedback quota. */
public interface CreateFeedbackUseCase {

    FeedbackItem createFeedback(ApiCaller caller, NewFeedbackCommand command);
}
