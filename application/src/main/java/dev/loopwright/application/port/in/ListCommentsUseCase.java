package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;

/** The comments on a feedback item or a board card, oldest first, paged. */
public interface ListCommentsUseCase {

    Page<Comment> listComments(ApiCaller caller, SourceRef subject, PageRequest page);
}
