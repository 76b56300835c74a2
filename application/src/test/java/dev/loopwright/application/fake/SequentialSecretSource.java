package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.intake.SecretSource;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable "random" hex: 1, 2, 3 … left-padded, so ids and tokens in tests are repeatable and distinct. */
public final class SequentialSecretSource implements SecretSource {
    private final AtomicLong next = new AtomicLong();

    @Override
    public String randomHex(int bytes) {
        String hex = Long.toHexString(next.incrementAndGet());
        return "0".repeat(Math.max(0, bytes * 2 - hex.length())) + hex;
    }
}
