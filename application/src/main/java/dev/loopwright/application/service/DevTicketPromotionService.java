package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.intake.promotion.PromotedDescription;
import dev.loopwright.application.intake.promotion.WorkflowPriority;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.in.CreateTicketUseCase;
import dev.loopwright.application.port.in.GetDevTicketUseCase;
import dev.loopwright.application.port.in.GetWorkflowStatusUseCase;
import dev.loopwright.application.port.in.LinkWorkflowTicketUseCase;
import dev.loopwright.application.port.in.PromoteDevTicketUseCase;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * Promote in three durable steps: find the developer ticket, create the DRAFT workflow ticket (its description names
 * the developer ticket), link the developer ticket to it. A promotion killed between the last two steps is completed
 * by the next request, which finds the workflow ticket by its description instead of creating a second one.
 */
public final class DevTicketPromotionService implements PromoteDevTicketUseCase, GetWorkflowStatusUseCase {
    private final GetDevTicketUseCase devTickets;
    private final LinkWorkflowTicketUseCase links;
    private final CreateTicketUseCase creates;
    private final TicketRepository tickets;

    public DevTicketPromotionService(GetDevTicketUseCase devTickets, LinkWorkflowTicketUseCase links,
            CreateTicketUseCase creates, TicketRepository tickets) {
        this.devTickets = Objects.requireNonNull(devTickets, "devTickets");
        this.links = Objects.requireNonNull(links, "links");
        this.creates = Objects.requireNonNull(creates, "creates");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
    }

    // One promotion at a time: two concurrent requests for the same ticket must not both create a workflow ticket.
    @Override
    public synchronized Promotion promoteDevTicket(ApiCaller caller, DevTicketId id, ProjectId workflowProject) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Viewers may not promote tickets");
        }
        DevTicket devTicket = devTickets.getDevTicket(caller, id);
        if (devTicket.workflowTicket().isPresent()) {
            Ticket linked = tickets.findById(devTicket.workflowTicket().get()).orElseThrow(() -> new ConflictException(
                    "Ticket was already promoted; its workflow ticket has since been deleted"));
            if (!linked.projectId().equals(workflowProject)) {
                throw new ConflictException("Ticket was already promoted into " + linked.externalId()
                        + " of another workflow project");
            }
            return new Promotion(devTicket, linked, false);
        }
        Optional<Ticket> interrupted = tickets.findAll(Optional.of(workflowProject)).stream()
                .filter(ticket -> ticket.details().description().map(text -> PromotedDescription.names(text, devTicket))
                        .orElse(false))
                .findFirst();
        Ticket workflowTicket = interrupted.orElseGet(() -> creates.create(new CreateTicketCommand(workflowProject,
                new TicketDetails(devTicket.title(), Optional.of(PromotedDescription.of(devTicket)),
                        WorkflowPriority.of(devTicket.priority())))));
        DevTicket linked = links.linkWorkflowTicket(caller, id, workflowTicket.id());
        return new Promotion(linked, workflowTicket, interrupted.isEmpty());
    }

    @Override
    public WorkflowStatus workflowStatus(ApiCaller caller, DevTicketId id) {
        DevTicket devTicket = devTickets.getDevTicket(caller, id);
        return new WorkflowStatus(devTicket, devTicket.workflowTicket().flatMap(tickets::findById));
    }
}
