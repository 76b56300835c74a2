package dev.loopwright.application.service;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.GetBoardCardUseCase;
import dev.loopwright.application.port.in.ListBoardCardsUseCase;
import dev.loopwright.application.port.in.ListBoardListsUseCase;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.CardFilter;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.util.Objects;

/** Reading board lists and cards. */
public final class BoardService implements ListBoardListsUseCase, ListBoardCardsUseCase, GetBoardCardUseCase {

    private final BoardRepository boards;
    private final IntakeProjectRepository projects;

    public BoardService(BoardRepository boards, IntakeProjectRepository projects) {
        this.boards = Objects.requireNonNull(boards, "boards");
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    @Override
    public Page<BoardList> listBoardLists(ApiCaller caller, IntakeProjectId projectId, PageRequest page) {
        IntakeAccess.project(projects, caller, projectId);
        return boards.lists(caller.organisationId(), projectId, page);
    }

    @Override
    public Page<BoardCard> listBoardCards(ApiCaller caller, CardFilter filter, PageRequest page) {
        return boards.cards(caller.organisationId(), filter, page);
    }

    @Override
    public BoardCard getBoardCard(ApiCaller caller, CardId id) {
        return boards.findCard(caller.organisationId(), id).orElseThrow(() -> new NotFoundException("Card not found"));
    }
}
