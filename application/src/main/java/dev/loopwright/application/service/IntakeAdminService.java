package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.AddMemberCommand;
import dev.loopwright.application.port.in.AddMemberUseCase;
import dev.loopwright.application.port.in.CreateBoardCardUseCase;
import dev.loopwright.application.port.in.CreateBoardListUseCase;
import dev.loopwright.application.port.in.CreateClientUseCase;
import dev.loopwright.application.port.in.CreateIntakeProjectCommand;
import dev.loopwright.application.port.in.CreateIntakeProjectUseCase;
import dev.loopwright.application.port.in.CreateOrganisationUseCase;
import dev.loopwright.application.port.in.NewCardCommand;
import dev.loopwright.application.port.out.intake.BoardRepository;
import dev.loopwright.application.port.out.intake.ClientRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.OrganisationRepository;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.intake.BoardCard;
import dev.loopwright.domain.intake.BoardList;
import dev.loopwright.domain.intake.BoardListId;
import dev.loopwright.domain.intake.CardId;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.Organisation;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Plan;
import dev.loopwright.domain.intake.ProjectType;
import dev.loopwright.domain.intake.WidgetKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Setting up the intake: organisations, members, clients, projects, board lists and cards. Driven by the command
 * line (and tests), not by tokens, so it takes no caller; the organisation named must exist.
 */
public final class IntakeAdminService implements CreateOrganisationUseCase, AddMemberUseCase, CreateClientUseCase,
        CreateIntakeProjectUseCase, CreateBoardListUseCase, CreateBoardCardUseCase {

    private final OrganisationRepository organisations;
    private final ClientRepository clients;
    private final IntakeProjectRepository projects;
    private final BoardRepository boards;
    private final SecretSource secrets;
    private final Clock clock;

    public IntakeAdminService(OrganisationRepository organisations, ClientRepository clients,
            IntakeProjectRepository projects, BoardRepository boards, SecretSource secrets, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.boards = Objects.requireNonNull(boards, "boards");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Organisation createOrganisation(String name, Plan plan) {
        return organisations.create(new Organisation(new OrganisationId(IntakeAccess.newId(secrets, "org")), name,
                plan, clock.instant()));
    }

    @Override
    public Member addMember(AddMemberCommand command) {
        organisation(command.organisation());
        MemberId userId = command.userId().orElseGet(() -> new MemberId(IntakeAccess.newId(secrets, "user")));
        if (organisations.findMember(command.organisation(), userId).isPresent()) {
            throw new ConflictException("User " + userId + " is already a member of the organisation");
        }
        return organisations.addMember(new Member(command.organisation(), userId, command.displayName(),
                command.email(), command.role(), clock.instant()));
    }

    @Override
    public Client createClient(OrganisationId organisation, String name, Optional<String> email) {
        organisation(organisation);
        return clients.create(new Client(new ClientId(IntakeAccess.newId(secrets, "client")), organisation, name,
                email, clock.instant()));
    }

    @Override
    public IntakeProject createProject(CreateIntakeProjectCommand command) {
        Organisation organisation = organisation(command.organisation());
        clients.findById(organisation.id(), command.clientId())
                .orElseThrow(() -> new NotFoundException("Client not found"));
        if (command.type() == ProjectType.BOARD && command.url().isPresent()) {
            throw ValidationException.of("url", "a board project has no url");
        }
        if (command.type() == ProjectType.WEBSITE && command.url().isEmpty()) {
            throw ValidationException.of("url", "a website project needs its url");
        }
        organisation.plan().projects().ifPresent(limit -> {
            if (projects.count(organisation.id()) >= limit) {
                throw new ForbiddenException("The " + organisation.plan().wireName() + " plan allows " + limit
                        + " projects");
            }
        });
        for (MemberId member : command.members()) {
            organisations.findMember(organisation.id(), member)
                    .orElseThrow(() -> new NotFoundException("Member not found: " + member));
        }
        IntakeProject project = projects.create(new IntakeProject(
                new IntakeProjectId(IntakeAccess.newId(secrets, "proj")), organisation.id(), command.clientId(),
                command.name(), command.type(), command.url(), new WidgetKey("pk_" + secrets.randomHex(16)),
                clock.instant()));
        command.members().forEach(member -> projects.grantAccess(organisation.id(), project.id(), member));
        return project;
    }

    @Override
    public BoardList createBoardList(OrganisationId organisation, IntakeProjectId projectId, String name) {
        organisation(organisation);
        IntakeProject project = projects.findById(organisation, projectId)
                .orElseThrow(() -> new NotFoundException("Project not found"));
        if (project.type() != ProjectType.BOARD) {
            throw ValidationException.of("project_id", "project " + projectId + " is not a board project");
        }
        return boards.addList(new BoardList(new BoardListId(IntakeAccess.newId(secrets, "list")), organisation,
                projectId, name, 0, clock.instant()));
    }

    @Override
    public BoardCard createBoardCard(NewCardCommand command) {
        organisation(command.organisation());
        BoardList list = boards.findList(command.organisation(), command.listId())
                .orElseThrow(() -> new NotFoundException("List not found"));
        Instant now = clock.instant();
        return boards.addCard(new BoardCard(new CardId(IntakeAccess.newId(secrets, "card")), command.organisation(),
                list.id(), list.projectId(), command.title(), command.description(), command.labels(),
                command.dueDate(), command.checklist(), command.attachments(), command.authorName(), 0, now, now));
    }

    private Organisation organisation(OrganisationId id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation not found: " + id));
    }
}
