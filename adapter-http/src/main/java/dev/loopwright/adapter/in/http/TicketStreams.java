package dev.loopwright.adapter.in.http;

import dev.loopwright.application.port.out.EventPublisher;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.ticket.Ticket;
import dev.loopwright.domain.ticket.TicketId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live ticket streams behind {@code GET /api/stream}: hear ticket notifications (wire this into the
 * application's {@link EventPublisher}) and fan each out to the ticket's open streams. Publishing never waits
 * for a client: a subscriber too far behind is disconnected and can reconnect with {@code Last-Event-ID}.
 * Events of a ticket nobody has opened a stream on are not kept: nobody could ask for them.
 */
public final class TicketStreams implements EventPublisher {
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final StreamSettings settings;
    private final Clock clock;
    private final Map<TicketId, TicketChannel> channels = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Object capacity = new Object();
    private final Object writersLock = new Object();
    private int writers;

    public TicketStreams(StreamSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void publish(TicketNotification notification) {
        TicketChannel channel = channels.computeIfPresent(notification.ticketId(),
                (id, existing) -> existing.expired(clock.instant()) ? null : existing);
        if (channel == null) {
            return;
        }
        // Serialized once for every subscriber, outside the channel's lock.
        StreamEvent event = StreamJson.broadcast(notification, channel.ticketRef());
        for (StreamSubscriber behind : channel.publish(event, clock.instant())) {
            open.decrementAndGet();
            behind.end();
        }
    }

    /** Open streams on every ticket. */
    public int subscriberCount() {
        return open.get();
    }

    /** Open streams on one ticket. */
    public int subscriberCount(TicketId ticket) {
        TicketChannel channel = channels.get(ticket);
        return channel == null ? 0 : channel.subscriberCount();
    }

    StreamSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** Opens a stream on a ticket; 429 beyond the caps. */
    StreamSubscriber subscribe(Ticket ticket, Optional<String> lastEventId) {
        String ticketRef = ticket.projectId().value() + ":" + ticket.externalId();
        synchronized (capacity) {
            if (open.get() >= settings.maxTotal()) {
                throw new ApiProblem(429, "Too many active streams");
            }
            StreamSubscriber[] subscribed = new StreamSubscriber[1];
            // Inside compute, so an expiring channel cannot be dropped between finding it and subscribing.
            channels.compute(ticket.id(), (id, existing) -> {
                TicketChannel channel = existing == null || existing.expired(clock.instant())
                        ? new TicketChannel(ticketRef, settings, clock.instant()) : existing;
                subscribed[0] = channel.subscribe(lastEventId, clock.instant());
                return channel;
            });
            open.incrementAndGet();
            return subscribed[0];
        }
    }

    void unsubscribe(TicketId ticket, StreamSubscriber subscriber) {
        TicketChannel channel = channels.get(ticket);
        if (channel != null && channel.unsubscribe(subscriber, clock.instant())) {
            open.decrementAndGet();
        }
    }

    void writerStarted() {
        synchronized (writersLock) {
            writers++;
        }
    }

    void writerStopped() {
        synchronized (writersLock) {
            writers--;
            writersLock.notifyAll();
        }
    }

    /** Ends every open stream and waits (briefly) for their writers to return, so stopping finds none running. */
    void disconnectAll() {
        for (TicketChannel channel : channels.values()) {
            channel.subscribers().forEach(StreamSubscriber::end);
        }
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        synchronized (writersLock) {
            for (long left = STOP_WAIT.toNanos(); writers > 0 && left > 0; left = deadline - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(writersLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
