package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable ids and seeds for tests. */
public final class SequentialIdGenerator implements IdGenerator {
    private final AtomicLong next = new AtomicLong();

    @Override
    public String newId() {
        return "id-" + next.incrementAndGet();
    }

    @Override
    public long newSeed() {
        return next.incrementAndGet();
    }
}
