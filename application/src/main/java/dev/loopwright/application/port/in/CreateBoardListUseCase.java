package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.OrganisationId;

/** Adds a list at the end of a board project (administration). */
public interface CreateBoardListUseCase {

    BoardList createBoardList(OrganisationId organisation, IntakeProjectId projectId, String name);
}
