package dev.loopwright.domain.workflow;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic states and events for the state-machine tests. Written from the workflow specification
 * (looptroop-workflow.md §1.1, §1.3, §1.4 and our amendments), not from the transition table.
 */
final class TicketStateMachineFixtures {
    static final ModelId MAIN = new ModelId("openai/gpt-5");
    static final ModelId OTHER = new ModelId("anthropic/claude-sonnet-4");
    static final BlockingError CODING_FAILURE = new BlockingError("Bead execution failed", List.of("CODING_FAILED"),
            Optional.of("exit status 1 in bead-3"));

    private TicketStateMachineFixtures() {
    }

    /** Settings as START would lock them; every number is inside its allowed range. */
    static LockedSettings settings(boolean manualQaEnabled) {
        return new LockedSettings(MAIN, Optional.of("high"), List.of(MAIN, OTHER), Map.of(OTHER, "low"), 12, 35, 3, 5,
                6, 2, manualQaEnabled, SettingSource.PROJECT, GitHookPolicy.USE_ON_INTERNAL_COMMITS,
                SettingSource.PROFILE);
    }

    /**
     * A ticket sitting in {@code status} as the workflow would leave it: started (settings locked, manual QA
     * off), reached from the status before it, with a revision that is not zero and bead progress that fits.
     * BLOCKED_ERROR is blocked while coding; DRAFT is a fresh ticket.
     */
    static WorkflowState stateIn(TicketStatus status) {
        switch (status) {
            case DRAFT:
                return WorkflowState.initial();
            case BLOCKED_ERROR:
                return blockedIn(Optional.of(TicketStatus.CODING));
            case COMPLETED:
                return started(status, TicketStatus.CLEANING_ENV, new BeadProgress(3, 3), 30);
            case CANCELED:
                return started(status, TicketStatus.WAITING_PR_REVIEW, new BeadProgress(3, 3), 29);
            default:
                TicketStatus previous = TicketStatus.values()[status.ordinal() - 1];
                return started(status, previous, progressTypicalFor(status), status.ordinal());
        }
    }

    /** A ticket in RUNNING_FINAL_TEST (or any started status) with the given locked settings, or none at all. */
    static WorkflowState stateIn(TicketStatus status, Optional<LockedSettings> settings) {
        WorkflowState base = stateIn(status);
        return new WorkflowState(base.status(), base.previousStatus(), settings, base.error(), base.lastResolution(),
                base.beadProgress(), base.revision());
    }

    /** A ticket in CODING whose recorded bead progress is {@code progress}. */
    static WorkflowState codingWith(BeadProgress progress) {
        WorkflowState base = stateIn(TicketStatus.CODING);
        return new WorkflowState(base.status(), base.previousStatus(), base.lockedSettings(), base.error(),
                base.lastResolution(), progress, base.revision());
    }

    /** A blocked ticket that failed in {@code failedIn} (absent: the failed status could not be recovered). */
    static WorkflowState blockedIn(Optional<TicketStatus> failedIn) {
        boolean started = failedIn.map(s -> s != TicketStatus.DRAFT).orElse(true);
        return new WorkflowState(TicketStatus.BLOCKED_ERROR, failedIn,
                started ? Optional.of(settings(false)) : Optional.empty(), Optional.of(CODING_FAILURE),
                Optional.empty(), new BeadProgress(1, 3), 23);
    }

    /** The event of this type with a realistic payload (BEAD_COMPLETE: a bead done, more to go). */
    static TicketEvent eventOf(TicketEventType type) {
        if (type == TicketEventType.START) {
            return new TicketEvent.Start(settings(false));
        }
        if (type == TicketEventType.BEAD_COMPLETE) {
            return new TicketEvent.BeadComplete(new BeadProgress(2, 3));
        }
        if (type.isFailure()) {
            return new TicketEvent.Failure(type, type + " in the test", List.of("TEST_CODE"),
                    Optional.of("diagnostics of " + type));
        }
        return new TicketEvent.Signal(type);
    }

    private static WorkflowState started(TicketStatus status, TicketStatus previous, BeadProgress progress,
            long revision) {
        return new WorkflowState(status, Optional.of(previous), Optional.of(settings(false)), Optional.empty(),
                Optional.empty(), progress, revision);
    }

    private static BeadProgress progressTypicalFor(TicketStatus status) {
        if (status == TicketStatus.CODING) {
            return new BeadProgress(1, 3);
        }
        if (status.compareTo(TicketStatus.CODING) > 0) {
            return new BeadProgress(3, 3);
        }
        return BeadProgress.NONE;
    }
}
