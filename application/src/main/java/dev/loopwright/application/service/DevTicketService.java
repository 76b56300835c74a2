package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.Change;
import dev.loopwright.application.port.in.DevTicketChanges;
import dev.loopwright.application.port.in.GetDevTicketUseCase;
import dev.loopwright.application.port.in.LinkWorkflowTicketUseCase;
import dev.loopwright.application.port.in.ListDevTicketsUseCase;
import dev.loopwright.application.port.in.NewDevTicketCommand;
import dev.loopwright.application.port.in.ReadTicketSourceUseCase;
import dev.loopwright.application.port.in.RecordDevTicketUseCase;
import dev.loopwright.application.port.in.SetDevTicketStatusUseCase;
import dev.loopwright.application.port.in.TicketSource;
import dev.loopwright.application.port.in.UpdateDevTicketUseCase;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.CommentRepository;
import dev.loopwright.application.port.out.intake.DevTicketRepository;
import dev.loopwright.application.port.out.intake.FeedbackRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.OrganisationRepository;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketFilter;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketStatus;
import dev.loopwright.domain.intake.FeedbackId;
import dev.loopwright.domain.intake.FeedbackItem;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import dev.loopwright.domain.intake.SourceRef;
import dev.loopwright.domain.intake.SourceType;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Developer tickets: reading and editing them, storing generated ones, and what they are generated from. */
public final class DevTicketService implements ListDevTicketsUseCase, GetDevTicketUseCase, UpdateDevTicketUseCase,
        RecordDevTicketUseCase, SetDevTicketStatusUseCase, LinkWorkflowTicketUseCase, ReadTicketSourceUseCase {

    private final DevTicketRepository tickets;
    private final FeedbackRepository feedback;
    private final BoardRepository boards;
    private final CommentRepository comments;
    private final IntakeProjectRepository projects;
    private final OrganisationRepository organisations;
    private final UnitOfWork unitOfWork;
    private final SecretSource secrets;
    private final Clock clock;

    public DevTicketService(DevTicketRepository tickets, FeedbackRepository feedback, BoardRepository boards,
            CommentRepository comments, IntakeProjectRepository projects, OrganisationRepository organisations,
            UnitOfWork unitOfWork, SecretSource secrets, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.comments = Objects.requireNonNull(comments, "comments");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Page<DevTicket> listDevTickets(ApiCaller caller, DevTicketFilter filter, PageRequest page) {
        return tickets.list(caller.organisationId(), filter, page);
    }

    @Override
    public DevTicket getDevTicket(ApiCaller caller, DevTicketId id) {
        return tickets.findById(caller.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("Ticket not found"));
    }

    @Override
    public DevTicket updateDevTicket(ApiCaller caller, DevTicketId id, DevTicketChanges changes) {
        IntakeAccess.requireWrite(caller);
        if (changes.isEmpty()) {
            throw ValidationException.of("body", "No valid fields");
        }
        if (changes.assignedTo() instanceof Change.Set<MemberId> set) {
            requireMember(caller, set.value());
        }
        return unitOfWork.inTransaction(() -> {
            DevTicket current = getDevTicket(caller, id);
            DevTicket edited = current.edited(changes.status().orElse(current.status()),
                    changes.priority().orElse(current.priority()), changes.title().orElse(current.title()),
                    changes.description().orElse(current.description()),
                    changes.assignedTo().applyTo(current.assignedTo()), changes.labels().orElse(current.labels()),
                    clock.instant());
            tickets.update(edited);
            return edited;
        });
    }

    /** An assignee is a member of the organisation; anyone else is an invalid value, not a missing resource. */
    private void requireMember(ApiCaller caller, MemberId member) {
        if (organisations.findMember(caller.organisationId(), member).isEmpty()) {
            throw ValidationException.of("assigned_to", "Invalid assigned_to: no member " + member);
        }
    }

    @Override
    public DevTicket recordDevTicket(ApiCaller caller, NewDevTicketCommand command) {
        IntakeAccess.requireWrite(caller);
        command.assignedTo().ifPresent(member -> requireMember(caller, member));
        TicketSource source = readTicketSource(caller, command.source());
        Instant now = clock.instant();
        return tickets.create(new DevTicket(new DevTicketId(IntakeAccess.newId(secrets, "ticket")),
                caller.organisationId(), source.project().id(), command.source(), command.title(),
                command.description(), command.priority(), command.status(), command.labels(), command.aiContext(),
                Optional.of(caller.member().userId()), command.assignedTo(), Optional.empty(), now, now));
    }

    @Override
    public DevTicket setDevTicketStatus(ApiCaller caller, DevTicketId id, DevTicketStatus status) {
        IntakeAccess.requireWrite(caller);
        return unitOfWork.inTransaction(() -> {
            DevTicket current = getDevTicket(caller, id);
            if (current.status() == status) {
                return current;
            }
            DevTicket moved = current.withStatus(status, clock.instant());
            tickets.update(moved);
            return moved;
        });
    }

    @Override
    public DevTicket linkWorkflowTicket(ApiCaller caller, DevTicketId id, TicketId workflowTicket) {
        IntakeAccess.requireWrite(caller);
        return unitOfWork.inTransaction(() -> {
            DevTicket current = getDevTicket(caller, id);
            if (current.workflowTicket().isPresent()) {
                if (current.workflowTicket().get().equals(workflowTicket)) {
                    return current;
                }
                throw new ConflictException("Ticket already promoted to workflow ticket "
                        + current.workflowTicket().get());
            }
            DevTicket linked = current.promotedTo(workflowTicket, clock.instant());
            tickets.update(linked);
            return linked;
        });
    }

    @Override
    public TicketSource readTicketSource(ApiCaller caller, SourceRef source) {
        if (source.type() == SourceType.FEEDBACK) {
            FeedbackItem item = feedback.findById(caller.organisationId(), new FeedbackId(source.id()))
                    .orElseThrow(() -> new NotFoundException("Source item not found"));
            IntakeProject project = IntakeAccess.project(projects, caller, item.projectId());
            return new TicketSource.FeedbackSource(project, item, comments.all(caller.organisationId(), source),
                    projects.members(caller.organisationId(), project.id()));
        }
        BoardCard card = boards.findCard(caller.organisationId(), new CardId(source.id()))
                .orElseThrow(() -> new NotFoundException("Source item not found"));
        BoardList list = boards.findList(caller.organisationId(), card.listId())
                .orElseThrow(() -> new NotFoundException("Source item not found"));
        IntakeProject project = IntakeAccess.project(projects, caller, card.projectId());
        return new TicketSource.CardSource(project, list, card, comments.all(caller.organisationId(), source),
                projects.members(caller.organisationId(), project.id()));
    }
}
