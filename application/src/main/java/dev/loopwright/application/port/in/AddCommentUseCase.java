package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.Comment;
import dev.loopwright.domain.intake.SourceRef;

/** Comments on a feedback item or a board card as the caller; @user_id mentions of project members are recorded. */
public interface AddCommentUseCase {

    Comment addComment(ApiCaller caller, SourceRef subject, String body);
}
