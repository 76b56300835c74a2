package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.BoardCard;

/** Adds a card at the end of a board list (administration). */
public interface CreateBoardCardUseCase {

    BoardCard createBoardCard(NewCardCommand command);
}
