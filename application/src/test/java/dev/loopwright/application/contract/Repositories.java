package dev.loopwright.application.contract;

import dev.loopwright.application.port.out.ArtifactRepository;
import dev.loopwright.application.port.out.ErrorOccurrenceRepository;
import dev.loopwright.application.port.out.NoticeRepository;
import dev.loopwright.application.port.out.PhaseAttemptRepository;
import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import dev.loopwright.application.port.out.SessionRegistry;
import dev.loopwright.application.port.out.StatusHistoryRepository;
import dev.loopwright.application.port.out.TicketRepository;
import dev.loopwright.application.port.out.UiStateRepository;
import dev.loopwright.application.port.out.UnitOfWork;

/** Every repository port of one store, so contracts can set up related rows (a ticket needs a project). */
public record Repositories(
        ProfileRepository profiles,
        ProjectRepository projects,
        TicketRepository tickets,
        PhaseAttemptRepository attempts,
        ArtifactRepository artifacts,
        UiStateRepository uiStates,
        StatusHistoryRepository history,
        ErrorOccurrenceRepository errors,
        SessionRegistry sessions,
        NoticeRepository notices,
        UnitOfWork unitOfWork) {
}
