package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;

/** Edits a developer ticket's editable fields; at least one change. */
public interface UpdateDevTicketUseCase {

    DevTicket updateDevTicket(ApiCaller caller, DevTicketId id, DevTicketChanges changes);
}
