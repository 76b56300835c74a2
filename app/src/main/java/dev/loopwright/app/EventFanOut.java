package dev.loopwright.app;

import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every ticket notification to each listener; one failing listener does not keep the others from hearing.
 * Listeners may join after construction: the phase runner needs the services that publish here.
 */
final class EventFanOut implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EventFanOut.class);

    private final List<EventPublisher> listeners;

    EventFanOut(List<EventPublisher> listeners) {
        this.listeners = new CopyOnWriteArrayList<>(listeners);
    }

    void subscribe(EventPublisher listener) {
        listeners.add(listener);
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
