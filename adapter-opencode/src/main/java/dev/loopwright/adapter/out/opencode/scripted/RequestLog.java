package dev.loopwright.adapter.out.opencode.scripted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The chat requests a server received, in arrival order, with a way to wait for more. */
final class RequestLog {
    private final List<ChatRequest> requests = new ArrayList<>();

    synchronized void add(ChatRequest request) {
        requests.add(request);
        notifyAll();
    }

    synchronized List<ChatRequest> snapshot() {
        return List.copyOf(requests);
    }

    /** Whether at least {@code count} requests arrived before the timeout ran out. */
    synchronized boolean await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
