package dev.loopwright.domain.workflow;

import java.util.List;
import java.util.Optional;

/**
 * Applies events to a workflow state using the {@link TransitionTable}. Pure: no I/O and no clock.
 * The bookkeeping a status change needs (previous status, error record, resolution, locked settings,
 * revision) happens here so that every caller gets it the same way.
 */
public final class TicketStateMachine {
    private TicketStateMachine() {
    }

    public static TransitionResult apply(WorkflowState state, TicketEvent event) {
        List<TransitionRule> rules = TransitionTable.rulesFor(state.status(), event.type());
        if (rules.isEmpty()) {
            return new TransitionResult.Rejected(state.status(), event.type(), event.type() + " is not allowed while the"
                    + " ticket is " + state.status() + (state.status().isTerminal() ? " (a final status)" : ""));
        }
        for (TransitionRule rule : rules) {
            if (rule.guard().allows(state, event, rule.to())) {
                boolean entered = rule.to() != state.status() || event.type().restartsPlanning();
                return new TransitionResult.Accepted(state.status(), rule.to(), next(state, event, rule.to(), entered),
                        entered);
            }
        }
        return new TransitionResult.Rejected(state.status(), event.type(), rejectionForUnmetGuards(state, event));
    }

    private static String rejectionForUnmetGuards(WorkflowState state, TicketEvent event) {
        if (event.type() == TicketEventType.RETRY || event.type() == TicketEventType.CONTINUE) {
            return event.type() + " needs the status the ticket failed in, and it could not be recovered"
                    + state.previousStatus().map(s -> " (previous status " + s + " cannot be resumed)").orElse("");
        }
        return event.type() + " is not allowed while the ticket is " + state.status() + ": no guard holds";
    }

    private static WorkflowState next(WorkflowState state, TicketEvent event, TicketStatus to, boolean entered) {
        Optional<LockedSettings> locked = state.lockedSettings();
        if (event instanceof TicketEvent.Start) {
            locked = Optional.of(((TicketEvent.Start) event).settings());
        }
        BeadProgress progress = event instanceof TicketEvent.BeadComplete
                ? ((TicketEvent.BeadComplete) event).progress()
                : state.beadProgress();
        if (!entered) {
            // A self-transition re-enters nothing: previous status and revision stay as they are.
            return new WorkflowState(state.status(), state.previousStatus(), locked, state.error(),
                    state.lastResolution(), progress, state.revision());
        }
        Optional<BlockingError> error = Optional.empty();
        Optional<ErrorResolution> resolution = state.lastResolution();
        if (to == TicketStatus.BLOCKED_ERROR) {
            error = Optional.of(blockingError(event));
            resolution = Optional.empty();
        } else if (state.status() == TicketStatus.BLOCKED_ERROR) {
            resolution = Optional.of(resolutionOf(event.type()));
        }
        return new WorkflowState(to, Optional.of(state.status()), locked, error, resolution, progress,
                state.revision() + 1);
    }

    private static BlockingError blockingError(TicketEvent event) {
        if (!(event instanceof TicketEvent.Failure)) {
            throw new IllegalStateException("only failure events may block a ticket, got " + event.type());
        }
        TicketEvent.Failure failure = (TicketEvent.Failure) event;
        return new BlockingError(failure.message(), failure.codes(), failure.diagnostics());
    }

    private static ErrorResolution resolutionOf(TicketEventType type) {
        switch (type) {
            case RETRY:
                return ErrorResolution.RETRIED;
            case CONTINUE:
                return ErrorResolution.CONTINUED;
            case CANCEL:
                return ErrorResolution.CANCELED;
            case INTERVIEW_REVISED:
            case PRD_REVISED:
                return ErrorResolution.REVISED;
            default:
                throw new IllegalStateException(type + " cannot leave BLOCKED_ERROR");
        }
    }
}
