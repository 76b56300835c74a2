package dev.loopwright.adapter.in.http;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One ticket's stream: it numbers the ticket's events, keeps the newest for replay and hands each to every
 * subscriber. Ids continue from the clock's milliseconds when the channel opens, so ids of an earlier run or an
 * expired channel are lower than any it issues and a reconnect quoting one gets a resync, never wrong events.
 */
final class TicketChannel {
    private final String ticketRef;
    private final StreamSettings settings;
    private final Deque<StreamEvent> replay = new ArrayDeque<>();
    private long replayedBytes;
    private final List<StreamSubscriber> subscribers = new ArrayList<>();
    private long newestId;
    private Instant idleSince;

    TicketChannel(String ticketRef, StreamSettings settings, Instant now) {
        this.ticketRef = ticketRef;
        this.settings = settings;
        this.newestId = now.toEpochMilli();
        this.idleSince = now;
    }

    String ticketRef() {
        return ticketRef;
    }

    /**
     * Registers a subscriber and decides what it opens with, atomically with respect to publishing, so no event
     * falls between its replay and its queue.
     */
    synchronized StreamSubscriber subscribe(Optional<String> lastEventId, Instant now) {
        if (subscribers.size() >= settings.maxPerTicket()) {
            throw new ApiProblem(429, "Too many streams for this ticket");
        }
        StreamSubscriber subscriber = new StreamSubscriber(settings.subscriberQueue());
        List<StreamEvent> opening = new ArrayList<>();
        if (lastEventId.isEmpty()) {
            opening.add(StreamJson.connected(ticketRef, subscriber.clientId(), now, Optional.of(newestId)));
        } else {
            Optional<String> gap = gap(lastEventId.get());
            if (gap.isPresent()) {
                // No id on "connected": if the connection drops before the resync arrives, the next reconnect
                // still quotes the old id and is told again.
                opening.add(StreamJson.connected(ticketRef, subscriber.clientId(), now, Optional.empty()));
                opening.add(StreamJson.resync(ticketRef, gap.get(), now, newestId));
            } else {
                long seen = Long.parseLong(lastEventId.get().trim());
                opening.add(StreamJson.connected(ticketRef, subscriber.clientId(), now, Optional.of(seen)));
                replay.stream().filter(event -> event.id().orElseThrow() > seen).forEach(opening::add);
            }
        }
        subscriber.open(opening);
        subscribers.add(subscriber);
        return subscriber;
    }

    /** Why the events after {@code lastEventId} cannot be replayed, if they cannot. */
    private Optional<String> gap(String lastEventId) {
        long seen;
        try {
            seen = Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return Optional.of("Last-Event-ID " + abbreviate(lastEventId) + " is not an event id of this stream");
        }
        long oldestKept = replay.isEmpty() ? newestId + 1 : replay.peekFirst().id().orElseThrow();
        if (seen > newestId) {
            return Optional.of("Event " + seen + " was never sent on this stream (the server may have restarted)");
        }
        if (seen < oldestKept - 1) {
            return Optional.of("Events after " + seen + " are no longer buffered; reload the ticket");
        }
        return Optional.empty();
    }

    /** UTF-16 length: close enough to the bytes sent for a memory bound, and free to compute. */
    private static long size(StreamEvent event) {
        return event.data().length();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * Numbers the event, keeps it for replay and queues it for every subscriber. Returns the subscribers that
     * were too far behind: they are removed here, and the caller ends them outside this lock.
     */
    synchronized List<StreamSubscriber> publish(StreamEvent unnumbered, Instant now) {
        StreamEvent event = unnumbered.numbered(++newestId);
        replay.addLast(event);
        replayedBytes += size(event);
        // The newest event always stays: a reconnect right after it must not be told its events are gone.
        while (replay.size() > 1 && (replay.size() > settings.replayEvents() || replayedBytes > settings.replayBytes())) {
            replayedBytes -= size(replay.removeFirst());
        }
        List<StreamSubscriber> overflowed = new ArrayList<>();
        for (StreamSubscriber subscriber : subscribers) {
            if (!subscriber.offer(event)) {
                overflowed.add(subscriber);
            }
        }
        if (!overflowed.isEmpty()) {
            subscribers.removeAll(overflowed);
            if (subscribers.isEmpty()) {
                idleSince = now;
            }
        }
        return overflowed;
    }

    /** Returns whether it was still subscribed, so the caller counts each subscriber out exactly once. */
    synchronized boolean unsubscribe(StreamSubscriber subscriber, Instant now) {
        boolean removed = subscribers.remove(subscriber);
        if (removed && subscribers.isEmpty()) {
            idleSince = now;
        }
        return removed;
    }

    synchronized int subscriberCount() {
        return subscribers.size();
    }

    /** Nobody has listened for the whole replay window: nobody can still reconnect and want these events. */
    synchronized boolean expired(Instant now) {
        return subscribers.isEmpty() && !idleSince.plus(settings.replayWindow()).isAfter(now);
    }

    synchronized List<StreamSubscriber> subscribers() {
        return List.copyOf(subscribers);
    }
}
