package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.NoticeRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The notice port kept in memory, for tests. */
public final class InMemoryNoticeRepository implements NoticeRepository {
    private final Map<String, Instant> dismissed = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> dismissedAt(String notice) {
        return Optional.ofNullable(dismissed.get(notice));
    }

    @Override
    public Instant dismiss(String notice, Instant at) {
        return dismissed.computeIfAbsent(notice, key -> at);
    }
}
