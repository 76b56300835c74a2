package dev.loopwright.application.port.in;

/** The ticket's PRD under review, or empty parts before coverage has written it. */
public interface GetPrdUseCase {

    PrdView getPrd(TicketReference reference);
}
