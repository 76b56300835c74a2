package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.UiStateScope;
import java.util.Objects;

/** Save a scope's ui state; {@code expectedRevision} is the revision the client last read (0 for none). */
public record SaveUiStateCommand(TicketReference ticket, UiStateScope scope, String dataJson, long expectedRevision,
        String actionId) {
    public SaveUiStateCommand {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(dataJson, "dataJson");
        Objects.requireNonNull(actionId, "actionId");
    }
}
