package dev.loopwright.application.port.out.intake;

import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.util.Optional;

/** Board lists and cards, always read within one organisation. */
public interface BoardRepository {

    /** Stores the list at the end of its project (the store assigns the position). */
    BoardList addList(BoardList list);

    Optional<BoardList> findList(OrganisationId organisation, BoardListId id);

    /** By position. */
    Page<BoardList> lists(OrganisationId organisation, IntakeProjectId project, PageRequest page);

    /** Stores the card at the end of its list (the store assigns the position). */
    BoardCard addCard(BoardCard card);

    Optional<BoardCard> findCard(OrganisationId organisation, CardId id);

    /** By list position, then card position; the filters combined with AND. */
    Page<BoardCard> cards(OrganisationId organisation, CardFilter filter, PageRequest page);
}
