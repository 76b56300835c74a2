package dev.loopwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.application.port.out.event.TicketNotification;
import dev.loopwright.domain.workflow.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The ticket notifications of the in-process servers an end-to-end test starts, queued as they are published, to
 * wait on instead of sleeping. Every wait fails when what it waits for does not come within the patience; waiting
 * for a status or an artifact also fails as soon as the ticket is blocked.
 */
final class TicketFeed {
    private final BlockingQueue<TicketNotification> queue = new LinkedBlockingQueue<>();
    private final List<TicketNotification> published = new CopyOnWriteArrayList<>();
    private final Duration patience;

    TicketFeed(Duration patience) {
        this.patience = patience;
    }

    /** A server on a free loopback port over {@code data}, whose notifications come here. */
    LoopwrightServer start(DataDirectory data, OpenCodeConnection openCode) {
        LoopwrightServer server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0), data,
                HttpSecurity.LOCAL_OPEN, StreamSettings.DEFAULT, openCode.runtime());
        ((EventFanOut) server.events()).subscribe(notification -> {
            published.add(notification);
            queue.add(notification);
        });
        return server;
    }

    /** Every notification received so far, waited on or not. */
    List<TicketNotification> published() {
        return List.copyOf(published);
    }

    /** Forgets the notifications not waited on yet. */
    void clear() {
        queue.clear();
    }

    /** The next notification; {@code what} says what was expected, for the failure message. */
    TicketNotification next(String what) throws InterruptedException {
        TicketNotification next = queue.poll(patience.toNanos(), TimeUnit.NANOSECONDS);
        assertThat(next).as(what + " in time").isNotNull();
        return next;
    }

    void awaitStatus(TicketStatus wanted) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (true) {
            TicketNotification next = nextBefore(end, "the ticket reached " + wanted);
            failIfBlocked(next, "on the way to " + wanted);
            if (next instanceof TicketNotification.StateChanged
                    && ((TicketNotification.StateChanged) next).to() == wanted) {
                return;
            }
        }
    }

    /** Waits until an artifact of {@code type} is stored. */
    void awaitArtifact(String type) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (true) {
            TicketNotification next = nextBefore(end, "the " + type + " was stored");
            failIfBlocked(next, "before the " + type + " was stored");
            if (next instanceof TicketNotification.ArtifactChanged
                    && ((TicketNotification.ArtifactChanged) next).artifactType().equals(type)) {
                return;
            }
        }
    }

    /** The next error the ticket was blocked with. */
    TicketNotification.ErrorRaised awaitBlocked() throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (true) {
            TicketNotification next = nextBefore(end, "the ticket was blocked");
            if (next instanceof TicketNotification.ErrorRaised) {
                return (TicketNotification.ErrorRaised) next;
            }
        }
    }

    private TicketNotification nextBefore(long end, String what) throws InterruptedException {
        TicketNotification next = queue.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        assertThat(next).as(what + " in time").isNotNull();
        return next;
    }

    private static void failIfBlocked(TicketNotification next, String when) {
        boolean blocked = next instanceof TicketNotification.ErrorRaised
                || next instanceof TicketNotification.StateChanged
                        && ((TicketNotification.StateChanged) next).to() == TicketStatus.BLOCKED_ERROR;
        if (blocked) {
            throw new AssertionError("the ticket was blocked " + when + ": " + next);
        }
    }
}
