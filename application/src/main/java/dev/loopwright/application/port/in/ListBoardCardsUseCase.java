package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;

/** Board cards, by list and position, filtered and paged. */
public interface ListBoardCardsUseCase {

    Page<BoardCard> listBoardCards(ApiCaller caller, CardFilter filter, PageRequest page);
}
