package dev.loopwright.adapter.in.http;

/** Requests allowed per client in each fixed window, by kind of request. */
public record RateLimits(int readsPerWindow, int writesPerWindow, int autosavesPerWindow, long windowMillis) {
    /** The reference's budgets: generous for one person's UI, a brake on runaway scripts. */
    public static final RateLimits DEFAULT = new RateLimits(200, 120, 300, 60_000);

    public RateLimits {
        if (readsPerWindow < 1 || writesPerWindow < 1 || autosavesPerWindow < 1 || windowMillis < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }
}
