package dev.loopwright.application.port.in;

import dev.loopwright.domain.intake.SourceRef;

/** Reads what a ticket is generated from: the feedback item or board card with its project and comments. */
public interface ReadTicketSourceUseCase {

    TicketSource readTicketSource(ApiCaller caller, SourceRef source);
}
