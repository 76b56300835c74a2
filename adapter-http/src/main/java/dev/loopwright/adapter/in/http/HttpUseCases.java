package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.in.BrowseFoldersUseCase;
import dev.loopwright.application.port.in.CancelTicketUseCase;
import dev.loopwright.application.port.in.CheckFolderUseCase;
import dev.loopwright.application.port.in.CreateProfileUseCase;
import dev.loopwright.application.port.in.CreateProjectUseCase;
import dev.loopwright.application.port.in.CreateTicketUseCase;
import dev.loopwright.application.port.in.DeleteProjectUseCase;
import dev.loopwright.application.port.in.DeleteTicketUseCase;
import dev.loopwright.application.port.in.DescribeWorkflowUseCase;
import dev.loopwright.application.port.in.DismissRestoreNoticeUseCase;
import dev.loopwright.application.port.in.GetProfileUseCase;
import dev.loopwright.application.port.in.GetProjectUseCase;
import dev.loopwright.application.port.in.GetStartupStatusUseCase;
import dev.loopwright.application.port.in.GetTicketUseCase;
import dev.loopwright.application.port.in.GetUiStateUseCase;
import dev.loopwright.application.port.in.InjectWorkflowEventUseCase;
import dev.loopwright.application.port.in.ListArtifactsUseCase;
import dev.loopwright.application.port.in.ListModelsUseCase;
import dev.loopwright.application.port.in.ListPhaseAttemptsUseCase;
import dev.loopwright.application.port.in.ListProjectsUseCase;
import dev.loopwright.application.port.in.ListTicketsUseCase;
import dev.loopwright.application.port.in.RetryTicketUseCase;
import dev.loopwright.application.port.in.RuntimeStatusUseCase;
import dev.loopwright.application.port.in.SaveUiStateUseCase;
import dev.loopwright.application.port.in.StartTicketUseCase;
import dev.loopwright.application.port.in.UpdateProfileUseCase;
import dev.loopwright.application.port.in.UpdateProjectUseCase;
import dev.loopwright.application.port.in.UpdateTicketUseCase;
import java.util.Objects;

/** The use cases the HTTP API drives; the composition root supplies them. */
public record HttpUseCases(
        DescribeWorkflowUseCase describeWorkflow,
        GetProfileUseCase getProfile,
        CreateProfileUseCase createProfile,
        UpdateProfileUseCase updateProfile,
        ListProjectsUseCase listProjects,
        GetProjectUseCase getProject,
        CreateProjectUseCase createProject,
        UpdateProjectUseCase updateProject,
        DeleteProjectUseCase deleteProject,
        ListTicketsUseCase listTickets,
        GetTicketUseCase getTicket,
        CreateTicketUseCase createTicket,
        UpdateTicketUseCase updateTicket,
        DeleteTicketUseCase deleteTicket,
        GetUiStateUseCase getUiState,
        SaveUiStateUseCase saveUiState,
        ListArtifactsUseCase listArtifacts,
        ListPhaseAttemptsUseCase listPhaseAttempts,
        CheckFolderUseCase checkFolder,
        BrowseFoldersUseCase browseFolders,
        GetStartupStatusUseCase startupStatus,
        DismissRestoreNoticeUseCase dismissRestoreNotice,
        CancelTicketUseCase cancelTicket,
        RetryTicketUseCase retryTicket,
        ListModelsUseCase listModels,
        RuntimeStatusUseCase runtimeStatus,
        StartTicketUseCase startTicket,
        InjectWorkflowEventUseCase injectEvent) {

    public HttpUseCases {
        Objects.requireNonNull(describeWorkflow, "describeWorkflow");
        Objects.requireNonNull(getProfile, "getProfile");
        Objects.requireNonNull(createProfile, "createProfile");
        Objects.requireNonNull(updateProfile, "updateProfile");
        Objects.requireNonNull(listProjects, "listProjects");
        Objects.requireNonNull(getProject, "getProject");
        Objects.requireNonNull(createProject, "createProject");
        Objects.requireNonNull(updateProject, "updateProject");
        Objects.requireNonNull(deleteProject, "deleteProject");
        Objects.requireNonNull(listTickets, "listTickets");
        Objects.requireNonNull(getTicket, "getTicket");
        Objects.requireNonNull(createTicket, "createTicket");
        Objects.requireNonNull(updateTicket, "updateTicket");
        Objects.requireNonNull(deleteTicket, "deleteTicket");
        Objects.requireNonNull(getUiState, "getUiState");
        Objects.requireNonNull(saveUiState, "saveUiState");
        Objects.requireNonNull(listArtifacts, "listArtifacts");
        Objects.requireNonNull(listPhaseAttempts, "listPhaseAttempts");
        Objects.requireNonNull(checkFolder, "checkFolder");
        Objects.requireNonNull(browseFolders, "browseFolders");
        Objects.requireNonNull(startupStatus, "startupStatus");
        Objects.requireNonNull(dismissRestoreNotice, "dismissRestoreNotice");
        Objects.requireNonNull(cancelTicket, "cancelTicket");
        Objects.requireNonNull(retryTicket, "retryTicket");
        Objects.requireNonNull(listModels, "listModels");
        Objects.requireNonNull(runtimeStatus, "runtimeStatus");
        Objects.requireNonNull(startTicket, "startTicket");
        Objects.requireNonNull(injectEvent, "injectEvent");
    }
}
