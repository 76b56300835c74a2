package dev.loopwright.application.port.in;

import java.util.Optional;

/** The canonical text of one of a ticket's planning files as it stands now; empty before it is written. */
public interface GetPlanningFileUseCase {

    /** The files the reference serves under {@code /api/files}. */
    enum PlanningFile {
        INTERVIEW, PRD
    }

    Optional<String> planningFile(TicketReference reference, PlanningFile file);
}
