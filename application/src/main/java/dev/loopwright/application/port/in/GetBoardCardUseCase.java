package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.CardId;

/** One board card of the caller's organisation; {@link dev.loopwright.application.error.NotFoundException} otherwise. */
public interface GetBoardCardUseCase {

    BoardCard getBoardCard(ApiCaller caller, CardId id);
}
