package dev.loopwright.application.service;

import dev.loopwright.application.error.ConflictException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.CreateProjectCommand;
import dev.loopwright.application.port.in.CreateProjectUseCase;
import dev.loopwright.application.port.in.DeleteProjectUseCase;
import dev.loopwright.application.port.in.GetProjectUseCase;
import dev.loopwright.application.port.in.ListProjectsUseCase;
import dev.loopwright.application.port.in.UpdateProjectCommand;
import dev.loopwright.application.port.in.UpdateProjectUseCase;
import dev.loopwright.application.port.out.GitWorkspace;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.ProjectRepository.NewProject;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.domain.common.ValidationException;
import dev.loopwright.domain.common.Violations;
import dev.loopwright.domain.profile.IntSetting;
import dev.loopwright.domain.project.Project;
import dev.loopwright.domain.project.ProjectDetails;
import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.project.ProjectOverrides;
import dev.loopwright.domain.workflow.TicketStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Attaching, reading and editing projects. */
public final class ProjectService implements CreateProjectUseCase, ListProjectsUseCase, GetProjectUseCase,
        UpdateProjectUseCase, DeleteProjectUseCase {

    private final ProjectRepository projects;
    private final TicketRepository tickets;
    private final GitWorkspace git;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, TicketRepository tickets, GitWorkspace git, Clock clock) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.git = Objects.requireNonNull(git, "git");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Project create(CreateProjectCommand command) {
        // A subfolder names the repository it is in: the project is always the whole repository.
        Path root = git.repositoryRoot(command.folder()).orElseThrow(() -> ValidationException.of("folderPath",
                "folderPath is not inside a git repository: " + command.folder()));
        projects.findByShortname(command.shortname()).ifPresent(existing -> {
            throw new ConflictException("Shortname " + command.shortname() + " is already used by project "
                    + existing.details().name());
        });
        projects.findByFolder(root).ifPresent(existing -> {
            throw new ConflictException("The repository " + root + " is already attached as project "
                    + existing.details().name());
        });
        return projects.create(new NewProject(command.shortname(), root, command.details(), command.overrides(),
                clock.instant()));
    }

    @Override
    public List<Project> list() {
        return projects.findAll();
    }

    @Override
    public Project get(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> NotFoundException.project(id));
    }

    @Override
    public Project update(UpdateProjectCommand command) {
        Project current = get(command.id());
        ProjectDetails details = current.details();
        Violations violations = new Violations();
        ProjectDetails newDetails = violations.capture(() -> new ProjectDetails(
                command.name().orElse(details.name()),
                command.icon().orElse(details.icon()),
                command.color().orElse(details.color())));
        ProjectOverrides newOverrides = violations.capture(() -> applyOverrides(current.overrides(), command));
        violations.throwIfAny();
        Project updated = current.withDetails(newDetails, newOverrides, clock.instant());
        projects.update(updated);
        return updated;
    }

    @Override
    public void delete(ProjectId id) {
        Project project = get(id);
        boolean running = tickets.findAll(Optional.of(project.id())).stream()
                .anyMatch(ticket -> ticket.status() != TicketStatus.DRAFT && !ticket.status().isTerminal());
        if (running) {
            throw new ConflictException("Cannot delete project. Some tickets are still in progress. Move all tickets"
                    + " to Done or cancel them first.");
        }
        projects.delete(project.id());
    }

    private static ProjectOverrides applyOverrides(ProjectOverrides current, UpdateProjectCommand command) {
        Map<IntSetting, Integer> values = new EnumMap<>(IntSetting.class);
        values.putAll(current.values());
        command.settings().forEach((setting, change) -> change.applyTo(Optional.ofNullable(values.get(setting)))
                .ifPresentOrElse(value -> values.put(setting, value), () -> values.remove(setting)));
        return new ProjectOverrides(
                command.councilMembers().applyTo(current.councilMembers()),
                command.manualQaEnabled().applyTo(current.manualQaEnabled()),
                command.gitHookPolicy().applyTo(current.gitHookPolicy()),
                values);
    }
}
