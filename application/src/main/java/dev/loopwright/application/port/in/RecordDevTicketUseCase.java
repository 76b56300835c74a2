package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;

/** Stores a developer ticket (e.g. one just generated) for a source of the caller's organisation; created_by is the caller. */
public interface RecordDevTicketUseCase {

    DevTicket recordDevTicket(ApiCaller caller, NewDevTicketCommand command);
}
