package dev.loopwright.application.error;

import dev.loopwright.domain.workflow.TicketEventType;
import dev.loopwright.domain.workflow.TicketStatus;

/** A workflow action that the ticket's status does not allow now; nothing was changed. */
public final class WorkflowConflictException extends LoopwrightException {
    private static final long serialVersionUID = 1L;

    private final TicketStatus status;
    private final TicketEventType event;

    public WorkflowConflictException(TicketStatus status, TicketEventType event, String reason) {
        super(reason);
        this.status = status;
        this.event = event;
    }

    public TicketStatus status() {
        return status;
    }

    public TicketEventType event() {
        return event;
    }
}
