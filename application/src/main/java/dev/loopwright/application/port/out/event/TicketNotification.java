package dev.loopwright.application.port.out.event;

import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What live listeners are told about a ticket; each kind is one event of the ticket's live stream. */
public sealed interface TicketNotification permits TicketNotification.StateChanged, TicketNotification.ArtifactChanged,
        TicketNotification.NeedsInput, TicketNotification.ErrorRaised, TicketNotification.LogLine,
        TicketNotification.Progress, TicketNotification.BeadCompleted {

    TicketId ticketId();

    Instant at();

    /** The ticket moved from one status to another. */
    record StateChanged(TicketId ticketId, TicketStatus from, TicketStatus to, Optional<TicketStatus> previousStatus,
            long workflowRevision, Instant at) implements TicketNotification {
        public StateChanged {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(previousStatus, "previousStatus");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An artifact was written, or invalidated by an edit upstream. */
    record ArtifactChanged(TicketId ticketId, TicketStatus phase, String artifactType, boolean invalidated,
            Instant at) implements TicketNotification {
        public ArtifactChanged {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(artifactType, "artifactType");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The ticket waits for a person; {@code reason} says for what, e.g. {@code interview_qa} or {@code approval}. */
    record NeedsInput(TicketId ticketId, TicketStatus status, String reason, Instant at) implements TicketNotification {
        public NeedsInput {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The ticket was blocked by a failure in {@code phase}. */
    record ErrorRaised(TicketId ticketId, TicketStatus phase, String message, List<String> codes, Instant at)
            implements TicketNotification {
        public ErrorRaised {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(message, "message");
            codes = List.copyOf(codes);
            Objects.requireNonNull(at, "at");
        }
    }

    /** One line of the ticket's work log, e.g. a phase starting or finishing. */
    record LogLine(TicketId ticketId, TicketStatus phase, Level level, String message, Instant at)
            implements TicketNotification {
        public LogLine {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(at, "at");
        }

        public enum Level { INFO, WARN, ERROR }
    }

    /** How far a phase has come, e.g. 2 of 3 council drafts or 4 of 9 beads. */
    record Progress(TicketId ticketId, TicketStatus phase, int done, int total, String label, Instant at)
            implements TicketNotification {
        public Progress {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(at, "at");
            if (done < 0 || total < 0 || done > total) {
                throw new IllegalArgumentException("progress is 0 <= done <= total, got " + done + "/" + total);
            }
        }
    }

    /** A bead's tests passed and its work was committed. */
    record BeadCompleted(TicketId ticketId, String beadId, int completed, int total, Instant at)
            implements TicketNotification {
        public BeadCompleted {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(beadId, "beadId");
            Objects.requireNonNull(at, "at");
        }
    }
}
