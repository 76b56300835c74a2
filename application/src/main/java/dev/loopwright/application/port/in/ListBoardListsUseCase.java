package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;

/** The lists (columns) of a board project, by position. */
public interface ListBoardListsUseCase {

    Page<BoardList> listBoardLists(ApiCaller caller, IntakeProjectId projectId, PageRequest page);
}
