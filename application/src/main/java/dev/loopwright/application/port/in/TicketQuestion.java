package dev.loopwright.application.port.in;

import dev.loopwright.domain.ticket.Ticket;
import java.util.List;
import java.util.Objects;

/**
 * A question a ticket's agent asked and waits on.
 *
 * @param requestId what answering or rejecting it names
 */
public record TicketQuestion(Ticket ticket, String requestId, String sessionId, List<Asked> questions) {
    public TicketQuestion {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(sessionId, "sessionId");
        questions = List.copyOf(questions);
    }

    /** One question of the request, with the labels the user may pick; {@code multiple} allows several. */
    public record Asked(String text, String header, List<String> options, boolean multiple) {
        public Asked {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(header, "header");
            options = List.copyOf(options);
        }
    }
}
