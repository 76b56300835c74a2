package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.NoticeRepository;
import java.time.Instant;
import java.util.Optional;

/** Dismissed notices in the {@code app_state} table, keyed {@code notice:<name>}. */
final class JdbiNoticeRepository implements NoticeRepository {
    private final Database db;

    JdbiNoticeRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Instant> dismissedAt(String notice) {
        return db.read(h -> h.createQuery("SELECT value FROM app_state WHERE key = :key")
                .bind("key", "notice:" + notice).mapTo(String.class).findOne().map(Timestamps::parse));
    }

    @Override
    public Instant dismiss(String notice, Instant at) {
        return db.write(h -> {
            h.createUpdate("INSERT INTO app_state (key, value, updated_at) VALUES (:key, :value, :value)"
                            + " ON CONFLICT (key) DO NOTHING")
                    .bind("key", "notice:" + notice).bind("value", Timestamps.format(at)).execute();
            return h.createQuery("SELECT value FROM app_state WHERE key = :key").bind("key", "notice:" + notice)
                    .mapTo(String.class).map(Timestamps::parse).one();
        });
    }
}
