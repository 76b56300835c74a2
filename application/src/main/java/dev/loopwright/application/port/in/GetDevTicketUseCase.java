package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.DevTicketId;

/** One developer ticket of the caller's organisation; {@link dev.loopwright.application.error.NotFoundException} otherwise. */
public interface GetDevTicketUseCase {

    DevTicket getDevTicket(ApiCaller caller, DevTicketId id);
}
