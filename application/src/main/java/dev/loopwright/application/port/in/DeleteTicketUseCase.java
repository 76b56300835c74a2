package dev.loopwright.application.port.in;

/** Removes a finished ticket; only COMPLETED and CANCELED tickets may be deleted. */
public interface DeleteTicketUseCase {

    void delete(TicketReference reference);
}
