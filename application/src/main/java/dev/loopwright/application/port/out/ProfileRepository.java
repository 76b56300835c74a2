package dev.loopwright.application.port.out;

import dev.loopwright.domain.profile.Profile;
import java.util.Optional;

/** Stores the single user profile. */
public interface ProfileRepository {

    Optional<Profile> find();

    void save(Profile profile);
}
