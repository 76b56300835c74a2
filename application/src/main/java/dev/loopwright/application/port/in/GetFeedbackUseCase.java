package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;

/** One feedback item of the caller's organisation; {@link dev.loopwright.application.error.NotFoundException} otherwise. */
public interface GetFeedbackUseCase {

    FeedbackItem getFeedback(ApiCaller caller, FeedbackId id);
}
