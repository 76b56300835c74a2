package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.DevTicket;
import dev.loopwright.domain.intake.SourceRef;

/**
 * Has the main implementer write a developer ticket from a feedback item or board card of the caller's
 * organisation and stores it. Throws {@link dev.loopwright.application.error.NotFoundException} for an unknown
 * source, {@link dev.loopwright.application.error.ForbiddenException} for a viewer, and
 * {@link dev.loopwright.application.error.TicketGenerationException} when the model gave no valid ticket within its retries (nothing is stored then).
 */
public interface GenerateDevTicketUseCase {
    DevTicket generateDevTicket(ApiCaller caller, SourceRef source);
}
