package dev.loopwright.application.port.in;

import dev.loopwright.domain.workflow.TicketStatus;
import java.util.List;
import java.util.Optional;

/** Reads a ticket's durable execution log. */
public interface ReadTicketLogUseCase {

    /** The ticket's log lines, oldest first; only those written in {@code phase} when one is given. */
    List<TicketLogEntry> readLog(TicketReference reference, Optional<TicketStatus> phase);
}
