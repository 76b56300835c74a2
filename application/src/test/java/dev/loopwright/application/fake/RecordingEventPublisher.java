package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notification so tests can assert what listeners were told. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<TicketNotification> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(TicketNotification notification) {
        published.add(notification);
    }

    public List<TicketNotification> published() {
        return List.copyOf(published);
    }
}
