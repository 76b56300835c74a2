package dev.loopwright.application.service;

import dev.loopwright.application.error.GitWorkspaceException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.error.StartInProgressException;
import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.application.port.in.StartTicketUseCase;
import dev.loopwright.application.port.in.TicketReference;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ModelRuntime;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.runtime.ModelCatalog;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.profile.Profile;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingsLock;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Validates, prepares and starts a DRAFT ticket. */
public final class StartTicketService implements StartTicketUseCase {
    private final TicketRepository tickets;
    private final ProjectRepository projects;
    private final ProfileRepository profiles;
    private final ModelRuntime runtime;
    private final GitWorkspace git;
    private final ApplyTicketEventUseCase transitions;
    private final Set<TicketId> starting = ConcurrentHashMap.newKeySet();

    public StartTicketService(TicketRepository tickets, ProjectRepository projects, ProfileRepository profiles,
            ModelRuntime runtime, GitWorkspace git, ApplyTicketEventUseCase transitions) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.git = Objects.requireNonNull(git, "git");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
    }

    @Override
    public Ticket start(TicketReference reference) {
        Ticket ticket = TicketLookup.find(tickets, reference);
        // Preparing the working copy takes a while; a second click must not prepare it twice.
        if (!starting.add(ticket.id())) {
            throw new StartInProgressException("Ticket start is already in progress for " + ticket.externalId());
        }
        try {
            return startOnce(ticket);
        } finally {
            starting.remove(ticket.id());
        }
    }

    private Ticket startOnce(Ticket ticket) {
        if (ticket.status() != TicketStatus.DRAFT) {
            throw new WorkflowConflictException(ticket.status(), TicketEventType.START,
                    "Only a DRAFT ticket can be started; " + ticket.externalId() + " is " + ticket.status());
        }
        Profile profile = profiles.find().orElseThrow(() -> ValidationException.of("profile",
                "Create a profile with a main implementer and a council before starting a ticket"));
        Project project = projects.findById(ticket.projectId())
                .orElseThrow(() -> NotFoundException.project(ticket.projectId()));
        LockedSettings locked = SettingsLock.at(profile, project.overrides());
        requireConnected(locked.council(), runtime.catalog());
        try {
            git.prepareTicketWorkspace(project.folderPath(), ticket.externalId().toString());
        } catch (GitWorkspaceException e) {
            TicketEvent initFailed = new TicketEvent.Failure(TicketEventType.INIT_FAILED,
                    "The ticket's working copy could not be created: " + e.getMessage(),
                    List.of("WORKSPACE_INIT_FAILED"), Optional.empty());
            return TicketLookup.applyOrConflict(transitions, tickets, ticket, initFailed);
        }
        return TicketLookup.applyOrConflict(transitions, tickets, ticket, new TicketEvent.Start(locked));
    }

    /** Every council model must be offered by a connected provider, or the council could not run. */
    private static void requireConnected(List<ModelId> council, ModelCatalog catalog) {
        if (catalog.connectedModels().isEmpty()) {
            throw ValidationException.of("models", "No configured OpenCode models are available: connect a provider"
                    + " in OpenCode first");
        }
        List<ModelId> missing = council.stream().filter(model -> !catalog.isConnected(model)).toList();
        if (!missing.isEmpty()) {
            throw ValidationException.of("councilMembers", "These models are not connected in OpenCode: "
                    + missing.stream().map(ModelId::value).collect(Collectors.joining(", ")));
        }
    }
}
