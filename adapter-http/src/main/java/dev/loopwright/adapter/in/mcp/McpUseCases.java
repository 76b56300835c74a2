package dev.loopwright.adapter.in.mcp;

import dev.loopwright.application.port.in.AuthenticateApiTokenUseCase;
import dev.loopwright.application.port.in.GenerateDevTicketUseCase;
import dev.loopwright.application.port.in.GetDevTicketUseCase;
import dev.loopwright.application.port.in.GetFeedbackUseCase;
import dev.loopwright.application.port.in.GetWorkflowStatusUseCase;
import dev.loopwright.application.port.in.ListDevTicketsUseCase;
import dev.loopwright.application.port.in.ListFeedbackUseCase;
import dev.loopwright.application.port.in.PromoteDevTicketUseCase;
import dev.loopwright.application.port.in.UpdateDevTicketUseCase;
import dev.loopwright.application.port.in.UpdateFeedbackUseCase;
import java.util.Objects;

/** The use cases the MCP tools drive: the same in-ports as the {@code /api/v1} routes, nothing more. */
public record McpUseCases(AuthenticateApiTokenUseCase tokens, ListFeedbackUseCase listFeedback,
        GetFeedbackUseCase getFeedback, UpdateFeedbackUseCase updateFeedback, ListDevTicketsUseCase listTickets,
        GetDevTicketUseCase getTicket, UpdateDevTicketUseCase updateTicket, GenerateDevTicketUseCase generateTicket,
        PromoteDevTicketUseCase promoteTicket, GetWorkflowStatusUseCase workflowStatus) {
    public McpUseCases {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(listFeedback, "listFeedback");
        Objects.requireNonNull(getFeedback, "getFeedback");
        Objects.requireNonNull(updateFeedback, "updateFeedback");
        Objects.requireNonNull(listTickets, "listTickets");
        Objects.requireNonNull(getTicket, "getTicket");
        Objects.requireNonNull(updateTicket, "updateTicket");
        Objects.requireNonNull(generateTicket, "generateTicket");
        Objects.requireNonNull(promoteTicket, "promoteTicket");
        Objects.requireNonNull(workflowStatus, "workflowStatus");
    }
}
