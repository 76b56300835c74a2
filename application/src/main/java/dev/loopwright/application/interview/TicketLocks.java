package dev.loopwright.application.interview;

import dev.loopwright.domain.ticket.TicketId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One lock per ticket around each read-change-write of the interview's snapshot, so an answer, an edit and a
 * background turn never overwrite each other. Model calls run outside it.
 */
final class TicketLocks {
    private final Map<TicketId, Object> locks = new ConcurrentHashMap<>();

    <T> T with(TicketId ticket, Supplier<T> work) {
        synchronized (locks.computeIfAbsent(ticket, id -> new Object())) {
            return work.get();
        }
    }

    void run(TicketId ticket, Runnable work) {
        with(ticket, () -> {
            work.run();
            return null;
        });
    }
}
