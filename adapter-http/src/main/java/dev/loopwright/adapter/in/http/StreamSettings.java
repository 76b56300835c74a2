package dev.loopwright.adapter.in.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the live ticket stream ({@code GET /api/stream}) behaves.
 *
 * @param heartbeat how long a stream may stay silent before a {@code heartbeat} event is sent; below Jetty's
 *     30 s idle timeout, so a quiet stream is never cut
 * @param replayEvents events kept per ticket for a reconnect with {@code Last-Event-ID}
 * @param replayBytes the most event data kept per ticket, so a few huge events cannot hold on to memory
 * @param replayWindow how long a ticket nobody listens to keeps its events; after that it starts afresh
 * @param subscriberQueue events a subscriber may fall behind before it is disconnected (it can reconnect and
 *     replay); as large as the replay buffer, so a burst the buffer holds never disconnects anyone
 * @param maxPerTicket open streams allowed on one ticket
 * @param maxTotal open streams allowed in all; each open stream holds one server thread
 */
public record StreamSettings(Duration heartbeat, int replayEvents, long replayBytes, Duration replayWindow,
        int subscriberQueue, int maxPerTicket, int maxTotal) {
    /** The reference's replay size (1,000 events, 8 MiB), window and caps; a heartbeat under the idle timeout. */
    public static final StreamSettings DEFAULT = new StreamSettings(Duration.ofSeconds(15), 1_000, 8L << 20,
            Duration.ofMinutes(5), 1_000, 6, 100);

    public StreamSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(replayWindow, "replayWindow");
        if (heartbeat.isNegative() || heartbeat.isZero() || replayWindow.isNegative()) {
            throw new IllegalArgumentException("the heartbeat must be positive and the replay window not negative");
        }
        if (replayEvents < 1 || replayBytes < 1 || subscriberQueue < 1 || maxPerTicket < 1 || maxTotal < 1) {
            throw new IllegalArgumentException("stream sizes and caps must be positive");
        }
    }

    /** The same settings with other caps, e.g. for many subscribers in a test or a benchmark. */
    public StreamSettings withCaps(int perTicket, int total) {
        return new StreamSettings(heartbeat, replayEvents, replayBytes, replayWindow, subscriberQueue, perTicket, total);
    }
}
