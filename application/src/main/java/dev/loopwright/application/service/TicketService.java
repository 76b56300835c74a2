package dev.loopwright.application.service;

import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.CreateTicketCommand;
import dev.loopwright.application.port.in.CreateTicketUseCase;
import dev.loopwright.application.port.in.GetTicketUseCase;
import dev.loopwright.application.port.in.ListTicketsUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.in.UpdateTicketCommand;
import dev.loopwright.application.port.in.UpdateTicketUseCase;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.TicketRepository.NewTicket;
import dev.loopwright.application.port.out.UnitOfWork;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.ExternalId;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketDetails;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creating, reading and editing tickets. Status changes are the workflow's business, not this service's. */
public final class TicketService implements CreateTicketUseCase, ListTicketsUseCase, GetTicketUseCase,
        UpdateTicketUseCase {

    private final ProjectRepository projects;
    private final TicketRepository tickets;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public TicketService(ProjectRepository projects, TicketRepository tickets, UnitOfWork unitOfWork, Clock clock) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Ticket create(CreateTicketCommand command) {
        Project project = projects.findById(command.projectId())
                .orElseThrow(() -> NotFoundException.project(command.projectId()));
        // Number and row in one transaction: a crash between them must not burn or duplicate a number.
        return unitOfWork.inTransaction(() -> {
            int number = projects.nextTicketNumber(project.id());
            return tickets.create(new NewTicket(project.id(), new ExternalId(project.shortname(), number),
                    command.details(), clock.instant()));
        });
    }

    @Override
    public List<Ticket> list(Optional<ProjectId> projectId) {
        return tickets.findAll(projectId);
    }

    @Override
    public Ticket get(TicketReference reference) {
        return TicketLookup.find(tickets, reference);
    }

    @Override
    public Ticket update(UpdateTicketCommand command) {
        Ticket current = get(command.ticket());
        TicketDetails details = current.details();
        TicketDetails changed = new TicketDetails(
                command.title().orElse(details.title()),
                command.description().applyTo(details.description()),
                command.priority().orElse(details.priority()));
        Ticket updated = current.withDetails(changed, clock.instant());
        tickets.update(updated);
        return updated;
    }
}
