package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;
import dev.loopwright.domain.intake.DevTicketStatus;

/** Moves a developer ticket to a status (e.g. when its workflow ticket progresses). */
public interface SetDevTicketStatusUseCase {

    DevTicket setDevTicketStatus(ApiCaller caller, DevTicketId id, DevTicketStatus status);
}
