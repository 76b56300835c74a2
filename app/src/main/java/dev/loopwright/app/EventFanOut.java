package dev.loopwright.app;

import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every ticket notification to each listener; one failing listener does not keep the others from hearing.
 * The live ticket streams listen here; the phase runner will too once it is wired in.
 */
final class EventFanOut implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EventFanOut.class);

    private final List<EventPublisher> listeners;

    EventFanOut(List<EventPublisher> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void publish(TicketNotification notification) {
        for (EventPublisher listener : listeners) {
            try {
                listener.publish(notification);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on {}", notification, e);
            }
        }
    }
}
