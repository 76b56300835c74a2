package dev.loopwright.application.service;

import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.in.GetIntakeProjectUseCase;
import dev.loopwright.application.port.in.ListClientsUseCase;
import dev.loopwright.application.port.in.ListIntakeProjectsUseCase;
import dev.loopwright.application.port.in.ListProjectMembersUseCase;
import dev.loopwright.application.port.out.intake.ClientRepository;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;
import dev.loopwright.domain.intake.Member;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.util.List;
import java.util.Objects;

/** Reading an organisation's projects, their members and its clients. */
public final class IntakeDirectoryService implements ListIntakeProjectsUseCase, GetIntakeProjectUseCase,
        ListProjectMembersUseCase, ListClientsUseCase {

    private final IntakeProjectRepository projects;
    private final ClientRepository clients;

    public IntakeDirectoryService(IntakeProjectRepository projects, ClientRepository clients) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public Page<IntakeProject> listProjects(ApiCaller caller, PageRequest page) {
        return projects.list(caller.organisationId(), page);
    }

    @Override
    public IntakeProject getProject(ApiCaller caller, IntakeProjectId id) {
        return IntakeAccess.project(projects, caller, id);
    }

    @Override
    public List<Member> listProjectMembers(ApiCaller caller, IntakeProjectId id) {
        IntakeAccess.project(projects, caller, id);
        return projects.members(caller.organisationId(), id);
    }

    @Override
    public Page<Client> listClients(ApiCaller caller, PageRequest page) {
        return clients.list(caller.organisationId(), page);
    }
}
