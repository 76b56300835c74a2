package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.ExecutionLog;
import dev.loopwright.application.port.out.event.TicketNotification.LogLine;
import dev.loopwright.domain.ticket.TicketId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryExecutionLog implements ExecutionLog {
    private final Map<TicketId, List<LogLine>> lines = new HashMap<>();

    @Override
    public synchronized void append(LogLine line) {
        lines.computeIfAbsent(line.ticketId(), id -> new ArrayList<>()).add(line);
    }

    @Override
    public synchronized List<LogLine> read(TicketId ticketId) {
        return List.copyOf(lines.getOrDefault(ticketId, List.of()));
    }

    @Override
    public synchronized boolean delete(TicketId ticketId) {
        return lines.remove(ticketId) != null;
    }
}
