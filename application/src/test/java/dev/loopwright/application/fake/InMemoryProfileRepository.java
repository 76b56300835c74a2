package dev.loopwright.application.fake;

import dev.loopwright.application.port.out.ProfileRepository;
import dev.loopwright.domain.profile.Profile;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The profile port kept in memory, for tests. */
public final class InMemoryProfileRepository implements ProfileRepository {
    private final AtomicReference<Profile> profile = new AtomicReference<>();

    @Override
    public Optional<Profile> find() {
        return Optional.ofNullable(profile.get());
    }

    @Override
    public void save(Profile newProfile) {
        profile.set(newProfile);
    }
}
