package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.PhaseArtifact;
import java.util.List;

/** Lists a ticket's phase artifacts, oldest first. */
public interface ListArtifactsUseCase {

    List<PhaseArtifact> list(TicketReference reference);
}
