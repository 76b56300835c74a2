package dev.loopwright.application.execution;

import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.TicketId;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CODING phase's lines in the ticket's execution log (and its live stream). */
final class CodingLog {
    private static final Logger LOG = LoggerFactory.getLogger(CodingLog.class);

    private final EventPublisher events;
    private final Clock clock;

    CodingLog(EventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void info(TicketId ticketId, String message) {
        line(ticketId, TicketNotification.LogLine.Level.INFO, message);
    }

    void warn(TicketId ticketId, String message) {
        line(ticketId, TicketNotification.LogLine.Level.WARN, message);
    }

    void error(TicketId ticketId, String message) {
        line(ticketId, TicketNotification.LogLine.Level.ERROR, message);
    }

    void publish(TicketNotification notification) {
        try {
            events.publish(notification);
        } catch (RuntimeException e) {
            LOG.warn("A listener failed", e);
        }
    }

    private void line(TicketId ticketId, TicketNotification.LogLine.Level level, String message) {
        publish(new TicketNotification.LogLine(ticketId, TicketStatus.CODING, level, message, clock.instant()));
    }
}
