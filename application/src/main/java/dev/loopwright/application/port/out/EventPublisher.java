package dev.loopwright.application.port.out;

import dev.loopwright.application.port.out.event.TicketNotification;

/** Tells live listeners (SSE clients, embedders) what happened to a ticket. Never blocks the caller for long. */
public interface EventPublisher {

    void publish(TicketNotification notification);
}
