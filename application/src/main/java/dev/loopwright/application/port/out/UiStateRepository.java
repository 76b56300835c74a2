package dev.loopwright.application.port.out;

import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import dev.loopwright.domain.ticket.UiStateWrite;
import dev.loopwright.domain.ticket.UiStateWriteResult;
import java.util.Optional;

/** Stores ui state per ticket and scope. */
public interface UiStateRepository {

    Optional<UiState> find(TicketId ticketId, UiStateScope scope);

    /**
     * Applies {@link UiStateWrite#decide} atomically against the stored state: writes to one ticket and scope
     * are serialised. Throws {@link dev.loopwright.application.error.PayloadTooLargeException} over the limit.
     */
    UiStateWriteResult write(UiStateWrite write);
}
