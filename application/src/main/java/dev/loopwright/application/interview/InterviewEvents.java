package dev.loopwright.application.interview;

import dev.loopwright.application.error.WorkflowConflictException;
import dev.loopwright.application.port.in.ApplyTicketEventUseCase;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketEvent;
import dev.loopwright.domain.workflow.TransitionResult;

/** Applies the interview's workflow events; a rejection is a conflict the caller can show. */
final class InterviewEvents {
    private InterviewEvents() {
    }

    static void apply(ApplyTicketEventUseCase transitions, TicketId ticket, TicketEvent event) {
        TransitionResult result = transitions.apply(ticket, event);
        if (result instanceof TransitionResult.Rejected) {
            TransitionResult.Rejected rejected = (TransitionResult.Rejected) result;
            throw new WorkflowConflictException(rejected.status(), rejected.event(), rejected.reason());
        }
    }
}
