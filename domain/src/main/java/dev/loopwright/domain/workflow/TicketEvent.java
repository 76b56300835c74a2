package dev.loopwright.domain.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something that happened to a ticket, sent to the state machine. */
public sealed interface TicketEvent permits TicketEvent.Signal, TicketEvent.Start, TicketEvent.BeadComplete,
        TicketEvent.Failure {

    TicketEventType type();

    /** An event without payload, e.g. APPROVE or RELEVANT_FILES_READY. */
    record Signal(TicketEventType type) implements TicketEvent {
        public Signal {
            Objects.requireNonNull(type, "type");
            if (!type.isSignal()) {
                throw new IllegalArgumentException(type + " carries a payload; use its own event type");
            }
        }
    }

    /** START: the ticket leaves DRAFT with its planning settings locked. */
    record Start(LockedSettings settings) implements TicketEvent {
        public Start {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public TicketEventType type() {
            return TicketEventType.START;
        }
    }

    /** BEAD_COMPLETE with the bead progress after the bead was committed. */
    record BeadComplete(BeadProgress progress) implements TicketEvent {
        public BeadComplete {
            Objects.requireNonNull(progress, "progress");
        }

        @Override
        public TicketEventType type() {
            return TicketEventType.BEAD_COMPLETE;
        }
    }

    /** An event that blocks the ticket: what went wrong, machine-readable codes, and optional diagnostics. */
    record Failure(TicketEventType type, String message, List<String> codes, Optional<String> diagnostics)
            implements TicketEvent {
        public Failure {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(diagnostics, "diagnostics");
            if (!type.isFailure()) {
                throw new IllegalArgumentException(type + " is not a failure event");
            }
            if (message.isBlank()) {
                throw new IllegalArgumentException("a failure needs a message");
            }
            codes = List.copyOf(codes);
        }
    }

    static TicketEvent of(TicketEventType type) {
        return new Signal(type);
    }

    static TicketEvent error(String message, List<String> codes) {
        return new Failure(TicketEventType.ERROR, message, codes, Optional.empty());
    }

    static TicketEvent failure(TicketEventType type, String message, String... codes) {
        return new Failure(type, message, List.of(codes), Optional.empty());
    }
}
