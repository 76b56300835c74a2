package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.FeedbackFilter;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;

/** Lists feedback items, newest first, filtered and paged. */
public interface ListFeedbackUseCase {

    Page<FeedbackItem> listFeedback(ApiCaller caller, FeedbackFilter filter, PageRequest page);
}
