package dev.loopwright.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Remembers notices a user dismissed, so they stay dismissed across restarts. */
public interface NoticeRepository {

    Optional<Instant> dismissedAt(String notice);

    /** Records the dismissal; dismissing again keeps the first time. Returns the time kept. */
    Instant dismiss(String notice, Instant at);
}
