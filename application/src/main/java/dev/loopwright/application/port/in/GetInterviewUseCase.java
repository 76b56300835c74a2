package dev.loopwright.application.port.in;

/** The interview of a ticket; not found before the interview has started. */
public interface GetInterviewUseCase {

    InterviewView get(TicketReference reference);
}
