package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.UiStateWriteResult;

/** Saves ui state against the revision the client last saw; stale writes conflict, replays are answered. */
public interface SaveUiStateUseCase {

    UiStateWriteResult save(SaveUiStateCommand command);
}
