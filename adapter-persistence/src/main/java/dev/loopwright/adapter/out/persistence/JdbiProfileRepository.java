package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.domain.profile.Profile;
import java.time.Clock;
import java.util.Optional;

/** The single profile row. */
final class JdbiProfileRepository implements ProfileRepository {
    private final Database db;
    private final Clock clock;

    JdbiProfileRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Profile> find() {
        return db.read(h -> h.createQuery("SELECT document FROM profile WHERE id = 1")
                .mapTo(String.class).findOne().map(SettingsDocuments::profile));
    }

    @Override
    public void save(Profile profile) {
        db.write(h -> h.createUpdate("INSERT INTO profile (id, document, updated_at) VALUES (1, :document, :now)"
                        + " ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at")
                .bind("document", SettingsDocuments.profile(profile))
                .bind("now", Timestamps.format(clock.instant()))
                .execute());
    }
}
