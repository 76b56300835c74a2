package dev.loopwright.adapter.in.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open stream: the events it opens with, then a bounded queue the publisher fills without waiting and the
 * stream's own writer thread drains. Ending it wakes the writer, even inside a blocked write to a client that
 * stopped reading.
 */
final class StreamSubscriber {
    private final String clientId = UUID.randomUUID().toString();
    private final BlockingQueue<StreamEvent> queue;
    private List<StreamEvent> opening = List.of();
    private volatile boolean ended;
    private Thread writer;

    StreamSubscriber(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    String clientId() {
        return clientId;
    }

    /** Set once, under the channel's lock, before any event can be queued. */
    void open(List<StreamEvent> events) {
        opening = List.copyOf(events);
    }

    List<StreamEvent> opening() {
        return opening;
    }

    /** Never waits; false when the subscriber is too far behind. */
    boolean offer(StreamEvent event) {
        return queue.offer(event);
    }

    /** The next queued event, or empty when {@code wait} passed without one (time for a heartbeat). */
    Optional<StreamEvent> next(Duration wait) throws InterruptedException {
        return Optional.ofNullable(queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS));
    }

    boolean ended() {
        return ended;
    }

    /** Stops the stream: the writer leaves its loop, or its blocked write fails, and the connection closes. */
    synchronized void end() {
        ended = true;
        queue.clear();
        if (writer != null) {
            writer.interrupt();
        }
    }

    synchronized void attach(Thread thread) {
        writer = thread;
        if (ended) {
            thread.interrupt();
        }
    }

    /** The writer thread goes back to its pool: no interrupt meant for this stream may reach its next task. */
    synchronized void detach() {
        writer = null;
        Thread.interrupted();
    }
}
