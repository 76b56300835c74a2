package dev.loopwright.application.port.in;

import dev.loopwright.domain.project.ProjectId;
import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Optional;

/** Lists tickets, most recently updated first. */
public interface ListTicketsUseCase {

    List<Ticket> list(Optional<ProjectId> projectId);
}
