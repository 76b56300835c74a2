package dev.loopwright.application.intake.promotion;

import dev.loopwright.domain.intake.DevTicketPriority;

/** A developer ticket's priority as a workflow ticket's (1 is the most urgent, 5 is never used by promotion). */
public final class WorkflowPriority {
    private WorkflowPriority() {
    }

    public static int of(DevTicketPriority priority) {
        switch (priority) {
            case CRITICAL:
                return 1;
            case HIGH:
                return 2;
            case MEDIUM:
                return 3;
            case LOW:
                return 4;
            default:
                throw new IllegalArgumentException("unknown priority " + priority);
        }
    }
}
