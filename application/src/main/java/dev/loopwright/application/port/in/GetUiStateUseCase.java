package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.UiState;
import dev.loopwright.domain.ticket.UiStateScope;
import java.util.Optional;

/** Reads a ticket's saved ui state for one scope. */
public interface GetUiStateUseCase {

    Optional<UiState> get(TicketReference reference, UiStateScope scope);
}
