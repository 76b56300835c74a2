package dev.loopwright.adapter.in.http.v1;

import dev.loopwright.application.port.in.AddCommentUseCase;
import dev.loopwright.application.port.in.AuthenticateApiTokenUseCase;
import dev.loopwright.application.port.in.CreateApiTokenUseCase;
import dev.loopwright.application.port.in.CreateFeedbackUseCase;
import dev.loopwright.application.port.in.DeleteFeedbackUseCase;
import dev.loopwright.application.port.in.GetBoardCardUseCase;
import dev.loopwright.application.port.in.GetDevTicketUseCase;
import dev.loopwright.application.port.in.GetFeedbackUseCase;
import dev.loopwright.application.port.in.GetIntakeProjectUseCase;
import dev.loopwright.application.port.in.ListApiTokensUseCase;
import dev.loopwright.application.port.in.ListBoardCardsUseCase;
import dev.loopwright.application.port.in.ListBoardListsUseCase;
import dev.loopwright.application.port.in.ListClientsUseCase;
import dev.loopwright.application.port.in.ListCommentsUseCase;
import dev.loopwright.application.port.in.ListDevTicketsUseCase;
import dev.loopwright.application.port.in.ListFeedbackUseCase;
import dev.loopwright.application.port.in.ListIntakeProjectsUseCase;
import dev.loopwright.application.port.in.ListProjectMembersUseCase;
import dev.loopwright.application.port.in.RevokeApiTokenUseCase;
import dev.loopwright.application.port.in.UpdateDevTicketUseCase;
import dev.loopwright.application.port.in.UpdateFeedbackUseCase;
import java.util.Objects;

/** The use cases the {@code /api/v1} developer API drives; the composition root supplies them. */
public record IntakeUseCases(
        AuthenticateApiTokenUseCase authenticate,
        CreateApiTokenUseCase createToken,
        ListApiTokensUseCase listTokens,
        RevokeApiTokenUseCase revokeToken,
        ListIntakeProjectsUseCase listProjects,
        GetIntakeProjectUseCase getProject,
        ListProjectMembersUseCase listProjectMembers,
        ListClientsUseCase listClients,
        ListFeedbackUseCase listFeedback,
        GetFeedbackUseCase getFeedback,
        CreateFeedbackUseCase createFeedback,
        UpdateFeedbackUseCase updateFeedback,
        DeleteFeedbackUseCase deleteFeedback,
        ListCommentsUseCase listComments,
        AddCommentUseCase addComment,
        ListBoardListsUseCase listBoardLists,
        ListBoardCardsUseCase listBoardCards,
        GetBoardCardUseCase getBoardCard,
        ListDevTicketsUseCase listTickets,
        GetDevTicketUseCase getTicket,
        UpdateDevTicketUseCase updateTicket) {

    public IntakeUseCases {
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(createToken, "createToken");
        Objects.requireNonNull(listTokens, "listTokens");
        Objects.requireNonNull(revokeToken, "revokeToken");
        Objects.requireNonNull(listProjects, "listProjects");
        Objects.requireNonNull(getProject, "getProject");
        Objects.requireNonNull(listProjectMembers, "listProjectMembers");
        Objects.requireNonNull(listClients, "listClients");
        Objects.requireNonNull(listFeedback, "listFeedback");
        Objects.requireNonNull(getFeedback, "getFeedback");
        Objects.requireNonNull(createFeedback, "createFeedback");
        Objects.requireNonNull(updateFeedback, "updateFeedback");
        Objects.requireNonNull(deleteFeedback, "deleteFeedback");
        Objects.requireNonNull(listComments, "listComments");
        Objects.requireNonNull(addComment, "addComment");
        Objects.requireNonNull(listBoardLists, "listBoardLists");
        Objects.requireNonNull(listBoardCards, "listBoardCards");
        Objects.requireNonNull(getBoardCard, "getBoardCard");
        Objects.requireNonNull(listTickets, "listTickets");
        Objects.requireNonNull(getTicket, "getTicket");
        Objects.requireNonNull(updateTicket, "updateTicket");
    }
}
