package dev.loopwright.domain.workflow;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of a ticket the state machine owns. Immutable: every accepted event yields a new state.
 *
 * @param previousStatus the status left on the last status change; in BLOCKED_ERROR, the one that failed
 * @param lockedSettings present once the ticket has started
 * @param error present only while the ticket is in BLOCKED_ERROR
 * @param lastResolution how the most recent block was left
 * @param revision counts status changes, so clients can tell stale views apart
 */
public record WorkflowState(
        TicketStatus status,
        Optional<TicketStatus> previousStatus,
        Optional<LockedSettings> lockedSettings,
        Optional<BlockingError> error,
        Optional<ErrorResolution> lastResolution,
        BeadProgress beadProgress,
        long revision) {

    public WorkflowState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(lockedSettings, "lockedSettings");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(lastResolution, "lastResolution");
        Objects.requireNonNull(beadProgress, "beadProgress");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative");
        }
        if (error.isPresent() != (status == TicketStatus.BLOCKED_ERROR)) {
            throw new IllegalArgumentException("an error is recorded exactly while the ticket is blocked");
        }
    }

    /** A new ticket: DRAFT, nothing locked, revision 0. */
    public static WorkflowState initial() {
        return new WorkflowState(TicketStatus.DRAFT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), BeadProgress.NONE, 0);
    }

    /**
     * The status that decides "before execution": for a blocked ticket, the status it failed in
     * (one level deep, as a blocked ticket's previous status is never itself BLOCKED_ERROR).
     */
    public TicketStatus effectiveStatus() {
        if (status == TicketStatus.BLOCKED_ERROR) {
            return previousStatus.orElse(status);
        }
        return status;
    }
}
