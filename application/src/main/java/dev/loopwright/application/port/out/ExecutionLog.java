package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.domain.ticket.TicketId;
import java.util.List;

/** Each ticket's durable log: the lines its phases wrote, in order, kept across restarts. */
public interface ExecutionLog {

    /** Appends a line to its ticket's log and makes it durable before returning. */
    void append(LogLine line);

    /** The ticket's lines, oldest first; empty when it has none. */
    List<LogLine> read(TicketId ticketId);

    /** Removes the ticket's log; false when it had none. */
    boolean delete(TicketId ticketId);
}
