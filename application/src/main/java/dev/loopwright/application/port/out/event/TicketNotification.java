package dev.loopwright.application.port.out.event;

import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What live listeners are told about a ticket. */
public sealed interface TicketNotification
        permits TicketNotification.StateChanged, TicketNotification.ArtifactChanged {

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
}
